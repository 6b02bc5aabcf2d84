/**
 * The core control catalog: Flet 0.21's Material and layout controls, their value types
 * and helpers. A pack like any other — it imports only `flet-ts/pack` — with its own entry
 * `flet-ts/controls` (its renderers: `flet-ts/controls/browser`), and re-exported by the
 * `flet-ts` umbrella so that `import * as ft from "flet-ts"` has `ft.Text`, `ft.colors`.
 * @module
 */

// Dialogs and overlays
export { AlertDialog } from "./alert-dialog.js";
export { AnimatedSwitcher, AnimatedSwitcherTransition } from "./animated-switcher.js";
// Navigation
export { AppBar } from "./app-bar.js";
export {
  Audio,
  AudioDurationChangeEvent,
  AudioPositionChangeEvent,
  AudioState,
  AudioStateChangeEvent,
  ReleaseMode,
} from "./audio.js";
// AudioRecorder (issue 13)
export {
  AudioEncoder,
  AudioRecorder,
  AudioRecorderState,
  AudioRecorderStateChangeEvent,
} from "./audio-recorder.js";
export { Badge } from "./badge.js";
export { Banner } from "./banner.js";
export { BottomAppBar } from "./bottom-app-bar.js";
export { BottomSheet } from "./bottom-sheet.js";
// Canvas (issue 13): the Canvas, its paint types, and its shapes as `ft.cv.*`
export { Canvas, CanvasResizeEvent } from "./canvas/canvas.js";
export * as cv from "./canvas/index.js";
export * from "./canvas/paint.js";
// Layout
export { Card } from "./card.js";
export * from "./charts/index.js";
// Input
export { Checkbox } from "./checkbox.js";
export { Chip } from "./chip.js";
export { CircleAvatar } from "./circle-avatar.js";
export { Column } from "./column.js";
export { Container } from "./container.js";
export {
  DataCell,
  DataColumn,
  DataColumnSortEvent,
  DataRow,
  DataSelectEvent,
  DataTable,
} from "./data-table.js";
export {
  DatePicker,
  DatePickerEntryMode,
  DatePickerMode,
  DEFAULT_FIRST_DATE,
  DEFAULT_LAST_DATE,
} from "./date-picker.js";
export { Dismissible, type DismissThresholds } from "./dismissible.js";
export { Divider } from "./divider.js";
export { DragTarget } from "./drag-target.js";
export { Draggable } from "./draggable.js";
export { Dropdown, dropdown } from "./dropdown.js";
export { DropdownOption } from "./dropdown-option.js";
// Buttons
export { ElevatedButton } from "./elevated-button.js";
export * from "./events/drag-events.js";
export {
  DragEndEvent,
  DragStartEvent,
  DragUpdateEvent,
  LongPressEndEvent,
  LongPressStartEvent,
  MultiTapEvent,
  ScaleEndEvent,
  ScaleStartEvent,
  ScaleUpdateEvent,
} from "./events/gesture-events.js";
// Events
export { HoverEvent } from "./events/hover-event.js";
export { PositionEvent } from "./events/position-event.js";
export { ScrollEvent, ScrollEventType } from "./events/scroll-event.js";
export { TapEvent } from "./events/tap-event.js";
export { ExpansionPanel } from "./expansion-panel.js";
export { ExpansionPanelList } from "./expansion-panel-list.js";
export { ExpansionTile } from "./expansion-tile.js";
export {
  FilePicker,
  type FilePickerFile,
  FilePickerFileType,
  FilePickerResultEvent,
  FilePickerUploadEvent,
  type FilePickerUploadFile,
  type PickFilesOptions,
  type SaveFileOptions,
} from "./file-picker.js";
export { FilledButton } from "./filled-button.js";
export { FilledTonalButton } from "./filled-tonal-button.js";
export { FletApp } from "./flet-app.js";
export { FloatingActionButton } from "./floating-action-button.js";
// Bases
export { FormFieldControl } from "./form-field-control.js";
export { GestureDetector } from "./gesture-detector.js";
export { GridView } from "./grid-view.js";
export { HapticFeedback } from "./haptic-feedback.js";
// Display
export { Icon } from "./icon.js";
export { IconButton } from "./icon-button.js";
export { Image } from "./image.js";
export { ListTile } from "./list-tile.js";
export { ListView } from "./list-view.js";
export { Lottie } from "./lottie.js";
export { Markdown, MarkdownCodeTheme, MarkdownExtensionSet } from "./markdown.js";
export { MenuBar } from "./menu-bar.js";
export { MenuItemButton } from "./menu-item-button.js";
export { NavigationBar } from "./navigation-bar.js";
export { NavigationDestination } from "./navigation-destination.js";
export { NavigationDrawer } from "./navigation-drawer.js";
export { NavigationDrawerDestination } from "./navigation-drawer-destination.js";
export { NavigationRail } from "./navigation-rail.js";
export { NavigationRailDestination } from "./navigation-rail-destination.js";
export { OutlinedButton } from "./outlined-button.js";
export { Pagelet } from "./pagelet.js";
export { PopupMenuButton } from "./popup-menu-button.js";
export { PopupMenuItem } from "./popup-menu-item.js";
export { ProgressBar } from "./progress-bar.js";
export { ProgressRing } from "./progress-ring.js";
export { Radio } from "./radio.js";
export { RadioGroup } from "./radio-group.js";
export { type OverlayColor, RangeSlider } from "./range-slider.js";
export { type Breakpoint, type ResponsiveNumber, ResponsiveRow } from "./responsive-row.js";
export { Row } from "./row.js";
export { SafeArea } from "./safe-area.js";
export { ScrollableControl } from "./scrollable-control.js";
export { SearchBar } from "./search-bar.js";
export { Segment } from "./segment.js";
export { SegmentedButton } from "./segmented-button.js";
export { SelectionArea } from "./selection-area.js";
export { ShaderMask } from "./shader-mask.js";
export { ShakeDetector } from "./shake-detector.js";
export { Slider } from "./slider.js";
export { SnackBar } from "./snack-bar.js";
export { Stack } from "./stack.js";
export { SubmenuButton } from "./submenu-button.js";
export { Switch } from "./switch.js";
export { Tab } from "./tab.js";
export { Tabs } from "./tabs.js";
export { Text } from "./text.js";
export { TextButton } from "./text-button.js";
export { TextField } from "./text-field.js";
export { TextSpan } from "./text-span.js";
export {
  Orientation,
  TimePicker,
  TimePickerEntryMode,
  TimePickerEntryModeChangeEvent,
} from "./time-picker.js";
export { Tooltip } from "./tooltip.js";
export { TransparentPointer } from "./transparent-pointer.js";
// Value types and helpers
export * from "./types/alignment.js";
export * from "./types/animation.js";
export * from "./types/border.js";
export * from "./types/border-radius.js";
export * from "./types/box.js";
export * from "./types/button-style.js";
export * from "./types/colors.js";
export * from "./types/drag.js";
export * from "./types/filter-quality.js";
export * from "./types/gradient.js";
export * from "./types/icons.js";
export * from "./types/image.js";
export * from "./types/input.js";
export * from "./types/link.js";
export * from "./types/menu.js";
export * from "./types/mouse-cursor.js";
export * from "./types/navigation.js";
export * from "./types/overlay.js";
export * from "./types/shapes.js";
export * from "./types/text.js";
export * from "./types/tile.js";
export { VerticalDivider } from "./vertical-divider.js";
// Video (issue 13)
export {
  PlaylistMode,
  Video,
  VideoMedia,
  type VideoSubtitleConfiguration,
} from "./video.js";
export { WebView } from "./webview.js";
export { WindowDragArea } from "./window-drag-area.js";
