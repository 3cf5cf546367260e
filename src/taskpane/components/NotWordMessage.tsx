import { FluentProvider, MessageBar, MessageBarBody, MessageBarTitle, type Theme } from "@fluentui/react-components";

export function NotWordMessage(props: { theme: Theme; officeApp: string }) {
  return (
    <FluentProvider theme={props.theme} style={{ padding: 12 }}>
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>This add-in works in Word</MessageBarTitle>
          It was opened in {props.officeApp}. Open your assignment in Word and start ILM Assistant from the Home tab.
        </MessageBarBody>
      </MessageBar>
    </FluentProvider>
  );
}
