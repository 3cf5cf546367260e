import { Text } from "@fluentui/react-components";

/** The tutor's views (issue 9 builds them here): findings as comments, comment bank, marking. */
export default function TutorPane() {
  return <Text>Tutor tools are being built.</Text>;
}
