/**
 * The classic to-do app, written as custom controls: a Task is a Column that switches
 * between a display row and an edit row; TodoApp is a Column holding the list, filters
 * and counters. `beforeUpdate()` keeps the "items left" text and the filter in sync.
 */
import * as ft from "flet-ts";

export const title = "To-do";
export const description = "Add, edit, complete, filter and clear tasks.";

/** One task: a checkbox with edit and delete buttons, or a text field while editing. */
export class Task extends ft.Column {
  readonly checkbox: ft.Checkbox;
  readonly editName = new ft.TextField({ expand: 1 });
  readonly displayRow: ft.Row;
  readonly editRow: ft.Row;

  constructor(
    name: string,
    private readonly onStatusChange: () => void,
    private readonly onDelete: (task: Task) => void,
  ) {
    super();
    this.checkbox = new ft.Checkbox(name, { value: false, onChange: () => this.onStatusChange() });
    this.displayRow = new ft.Row({
      key: `task ${name}`,
      alignment: ft.MainAxisAlignment.SPACE_BETWEEN,
      verticalAlignment: ft.CrossAxisAlignment.CENTER,
      controls: [
        this.checkbox,
        new ft.Row({
          spacing: 0,
          controls: [
            new ft.IconButton(ft.icons.CREATE_OUTLINED, {
              tooltip: `Edit ${name}`,
              onClick: () => this.edit(),
            }),
            new ft.IconButton(ft.icons.DELETE_OUTLINE, {
              tooltip: `Delete ${name}`,
              onClick: () => this.onDelete(this),
            }),
          ],
        }),
      ],
    });
    this.editRow = new ft.Row({
      visible: false,
      alignment: ft.MainAxisAlignment.SPACE_BETWEEN,
      verticalAlignment: ft.CrossAxisAlignment.CENTER,
      controls: [
        this.editName,
        new ft.IconButton(ft.icons.DONE_OUTLINE_OUTLINED, {
          tooltip: "Save",
          onClick: () => this.save(),
        }),
      ],
    });
  }

  override build(): void {
    this.controls.push(this.displayRow, this.editRow);
  }

  get name(): string {
    return this.checkbox.label ?? "";
  }

  get completed(): boolean {
    return this.checkbox.value === true;
  }

  edit(): void {
    this.editName.value = this.name;
    this.displayRow.visible = false;
    this.editRow.visible = true;
  }

  save(): void {
    this.checkbox.label = this.editName.value ?? "";
    this.displayRow.visible = true;
    this.editRow.visible = false;
  }
}

/** The whole app. */
export class TodoApp extends ft.Column {
  readonly newTask = new ft.TextField({
    hintText: "What needs to be done?",
    expand: 1,
    onSubmit: () => this.add(),
  });
  readonly tasks = new ft.Column();
  readonly filter = new ft.Tabs({
    key: "filter",
    scrollable: false,
    selectedIndex: 0,
    tabs: [new ft.Tab("all"), new ft.Tab("active"), new ft.Tab("completed")],
    onChange: () => this.update(),
  });
  readonly itemsLeft = new ft.Text("0 items left");

  override build(): void {
    this.width = 600;
    this.key = "todo";
    this.controls.push(
      new ft.Row({
        controls: [new ft.Text("Todos", { themeStyle: ft.TextThemeStyle.HEADLINE_MEDIUM })],
        alignment: ft.MainAxisAlignment.CENTER,
      }),
      new ft.Row({
        controls: [
          this.newTask,
          new ft.FloatingActionButton({
            icon: ft.icons.ADD,
            tooltip: "Add task",
            onClick: () => this.add(),
          }),
        ],
      }),
      new ft.Column({
        spacing: 25,
        controls: [
          this.filter,
          this.tasks,
          new ft.Row({
            key: "footer",
            alignment: ft.MainAxisAlignment.SPACE_BETWEEN,
            verticalAlignment: ft.CrossAxisAlignment.CENTER,
            controls: [
              this.itemsLeft,
              new ft.OutlinedButton("Clear completed", { onClick: () => this.clearCompleted() }),
            ],
          }),
        ],
      }),
    );
  }

  override beforeUpdate(): void {
    const status = ["all", "active", "completed"][this.filter.selectedIndex ?? 0];
    let left = 0;
    for (const task of this.tasks.controls as Task[]) {
      task.visible = status === "all" || (status === "active") === !task.completed;
      if (!task.completed) left++;
    }
    this.itemsLeft.value = `${left} item${left === 1 ? "" : "s"} left`;
  }

  add(): void {
    const name = this.newTask.value?.trim();
    if (!name) return;
    this.tasks.controls.push(
      new Task(
        name,
        () => this.update(),
        (task) => this.tasks.controls.splice(this.tasks.controls.indexOf(task), 1),
      ),
    );
    this.newTask.value = "";
    // As in Flet's tutorial: the field is ready for the next task.
    void this.newTask.focus();
  }

  clearCompleted(): void {
    this.tasks.controls = (this.tasks.controls as Task[]).filter((task) => !task.completed);
  }
}

export function main(page: ft.Page): void {
  page.title = "To-do";
  page.horizontalAlignment = ft.CrossAxisAlignment.CENTER;
  page.scroll = ft.ScrollMode.ADAPTIVE;
  page.add(new TodoApp());
}
