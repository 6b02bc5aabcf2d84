/**
 * Flet's chat tutorial, ported: a welcome dialog asks for a name (a TextField in a
 * 300 px Column, which it fills), then messages go to every session through pubsub. The
 * message list is an `expand` ListView in a bordered Container; the input row is a
 * `filled`, `expand` TextField and a send button.
 */
import * as ft from "flet-ts";

export const title = "Chat";
export const description = "Flet's chat tutorial: a join dialog, pubsub messages, avatars.";

/** What goes through pubsub. */
export interface Message {
  readonly userName: string;
  readonly text: string;
  readonly kind: "chat" | "login";
}

const AVATAR_COLORS = [
  ft.colors.AMBER,
  ft.colors.BLUE,
  ft.colors.BROWN,
  ft.colors.CYAN,
  ft.colors.GREEN,
  ft.colors.INDIGO,
  ft.colors.LIME,
  ft.colors.ORANGE,
  ft.colors.PINK,
  ft.colors.PURPLE,
  ft.colors.RED,
  ft.colors.TEAL,
  ft.colors.YELLOW,
];

/** The avatar colour of a user, from a hash of the name (as the tutorial does). */
export function avatarColor(userName: string): string {
  let hash = 0;
  for (const char of userName) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) | 0;
  return AVATAR_COLORS[Math.abs(hash) % AVATAR_COLORS.length]!;
}

/** One chat message: a round avatar with the user's initial, the name and the text. */
export class ChatMessage extends ft.Row {
  constructor(message: Message) {
    super({ verticalAlignment: ft.CrossAxisAlignment.START });
    this.controls = [
      new ft.CircleAvatar(new ft.Text(message.userName.slice(0, 1).toUpperCase()), {
        color: ft.colors.WHITE,
        bgcolor: avatarColor(message.userName),
      }),
      new ft.Column({
        tight: true,
        spacing: 5,
        controls: [
          new ft.Text(message.userName, { weight: ft.FontWeight.BOLD }),
          new ft.Text(message.text, { selectable: true }),
        ],
      }),
    ];
  }
}

export function main(page: ft.Page): void {
  page.title = "Flet Chat";
  page.horizontalAlignment = ft.CrossAxisAlignment.STRETCH;

  const chat = new ft.ListView({ key: "chat", expand: 1, spacing: 10, autoScroll: true });
  const joinUserName = new ft.TextField({
    key: "join-name",
    label: "Enter your name to join the chat",
    autofocus: true,
    onSubmit: () => join(),
  });
  const newMessage = new ft.TextField({
    key: "new-message",
    hintText: "Write a message...",
    autofocus: true,
    shiftEnter: true,
    minLines: 1,
    maxLines: 5,
    filled: true,
    expand: 1,
    onSubmit: () => send(),
  });
  const dialog = new ft.AlertDialog({
    modal: true,
    title: new ft.Text("Welcome!"),
    content: new ft.Column({
      key: "join-column",
      width: 300,
      height: 70,
      tight: true,
      controls: [joinUserName],
    }),
    actions: [new ft.ElevatedButton("Join chat", { onClick: () => join() })],
    actionsAlignment: ft.MainAxisAlignment.END,
  });

  function join(): void {
    const name = joinUserName.value?.trim() ?? "";
    if (name === "") {
      joinUserName.errorText = "Name cannot be blank!";
      return;
    }
    page.session.set("user_name", name);
    page.closeDialog();
    newMessage.prefix = new ft.Text(`${name}: `);
    page.pubsub.sendAll({ userName: name, text: `${name} has joined the chat.`, kind: "login" });
  }

  function send(): void {
    const text = newMessage.value ?? "";
    if (text === "") return;
    const userName = String(page.session.get("user_name") ?? "");
    page.pubsub.sendAll({ userName, text, kind: "chat" });
    newMessage.value = "";
    // As in Flet's tutorial: the field is ready for the next message.
    void newMessage.focus();
  }

  page.pubsub.subscribe((message: Message) => {
    chat.controls.push(
      message.kind === "chat"
        ? new ChatMessage(message)
        : new ft.Text(message.text, { italic: true, color: ft.colors.BLACK45, size: 12 }),
    );
    page.update();
  });

  page.add(
    new ft.Container({
      content: chat,
      border: ft.border.all(1, ft.colors.OUTLINE),
      borderRadius: 5,
      padding: 10,
      expand: 1,
    }),
    new ft.Row({
      controls: [
        newMessage,
        new ft.IconButton(ft.icons.SEND, { tooltip: "Send message", onClick: () => send() }),
      ],
    }),
  );
  page.showDialog(dialog);
}
