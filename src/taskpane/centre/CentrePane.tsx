import { Text } from "@fluentui/react-components";

/** The centre's views (issue 15 builds them here): the centre template editor and distribution. */
export default function CentrePane() {
  return <Text>Centre tools are being built.</Text>;
}
