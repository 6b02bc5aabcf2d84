/**
 * The Input group of the showcase: Flet's gallery examples of its input controls, in
 * Flet's order (by name). Flet's AutoComplete and AutofillGroup came after Flet 0.21 and
 * are not in flet-ts, so they are not here.
 */
import * as ft from "flet-ts";
import type { GalleryGroup } from "../../model.js";
import { control as checkbox } from "./checkbox.js";
import { control as chip } from "./chip.js";
import { control as cupertinoCheckbox } from "./cupertinocheckbox.js";
import { control as cupertinoRadio } from "./cupertinoradio.js";
import { control as cupertinoSlider } from "./cupertinoslider.js";
import { control as cupertinoSwitch } from "./cupertinoswitch.js";
import { control as cupertinoTextField } from "./cupertinotextfield.js";
import { control as dropdown } from "./dropdown.js";
import { control as radio } from "./radio.js";
import { control as rangeSlider } from "./rangeslider.js";
import { control as searchBar } from "./searchbar.js";
import { control as slider } from "./slider.js";
import { control as switchControl } from "./switch.js";
import { control as textField } from "./textfield.js";

export const group: GalleryGroup = {
  slug: "input",
  label: "Input",
  icon: ft.icons.INPUT_SHARP,
  selectedIcon: ft.icons.INPUT_OUTLINED,
  description: "Text fields, checkboxes, radios, switches, sliders, dropdowns, chips and search.",
  controls: [
    checkbox,
    chip,
    cupertinoCheckbox,
    cupertinoRadio,
    cupertinoSlider,
    cupertinoSwitch,
    cupertinoTextField,
    dropdown,
    radio,
    rangeSlider,
    searchBar,
    slider,
    switchControl,
    textField,
  ],
};
