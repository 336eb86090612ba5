// One multi-value filter: a <details> disclosure whose summary says how many values are chosen
// ("Topics (2)") holding a labelled fieldset of checkboxes, one per value the dataset offers, each
// with how many figures carry it. Values in the URL that the dataset lacks are listed too, marked,
// so a reader can see and clear them.
import { make } from "./dom.js";

/** @import { Choice } from "../index.js" */

/**
 * @param {{ name: string, title: string, choices: Choice[], labelOf?: (choice: Choice) => string,
 *   onChange: () => void }} options
 * @returns {{ element: HTMLDetailsElement, values: () => string[], set: (wanted: string[]) => void }}
 */
export function checklist({ name, title, choices, labelOf = (c) => c.label, onChange }) {
  const count = make("span", "chosen");
  const summary = make("summary", null, title, count);
  const list = make("ul", "options");
  const clear = make("button", "clear", `Clear ${title.toLowerCase()}`);
  clear.type = "button";
  const fieldset = make("fieldset", null, make("legend", "visually-hidden", title), list, clear);
  const details = make("details", "checklist", summary, fieldset);
  details.id = `filter-${name}`;

  /**
   * One checkbox row; returns its box.
   * @param {string} value
   * @param {string} label
   * @param {Node} note
   * @param {string | null} extra  a class for the row
   */
  const row = (value, label, note, extra) => {
    const box = make("input");
    box.type = "checkbox";
    box.name = name;
    box.value = value;
    const item = make("li", extra, make("label", null, box, make("span", "option-label", label), note));
    list.append(item);
    return box;
  };
  for (const choice of choices) {
    const n = make(
      "span",
      "option-count",
      String(choice.count),
      make("span", "visually-hidden", choice.count === 1 ? " figure" : " figures"),
    );
    row(choice.value, labelOf(choice), n, null);
  }

  const boxes = () => [...list.querySelectorAll("input")];
  const values = () =>
    boxes()
      .filter((b) => b.checked)
      .map((b) => b.value);
  const refresh = () => {
    const chosen = values().length;
    count.textContent = chosen ? ` (${chosen})` : "";
    clear.disabled = chosen === 0;
    details.classList.toggle("active", chosen > 0);
  };

  list.addEventListener("change", () => {
    refresh();
    onChange();
  });
  clear.addEventListener("click", () => {
    for (const box of boxes()) box.checked = false;
    refresh();
    onChange();
    summary.focus();
  });

  /**
   * Checks exactly `wanted`, adding marked rows for values the dataset does not hold.
   * @param {string[]} wanted
   */
  const set = (wanted) => {
    for (const item of list.querySelectorAll("li.unknown")) item.remove();
    const known = new Set(boxes().map((b) => b.value));
    for (const box of boxes()) box.checked = wanted.includes(box.value);
    for (const value of wanted.filter((v) => !known.has(v))) {
      row(value, value === "" ? "(empty)" : value, make("span", "option-count", "not in the data"), "unknown").checked =
        true;
    }
    refresh();
  };

  refresh();
  return { element: details, values, set };
}
