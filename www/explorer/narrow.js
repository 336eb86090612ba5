// Phones first: on a narrow screen the count line and the chart come first and the filter form
// waits beneath the chart, behind the "Filter and search" button (a disclosure: aria-expanded,
// aria-controls), closed until the reader opens it. On a wide screen the form stays beside the
// chart, always open, and the button is hidden (explorer.css). The form is moved in the DOM, so
// the reading and tab order follow what is seen. Opening and closing never touch the URL.

/** Narrower than this, the page is one column (as in explorer.css). */
const NARROW = "(max-width: 899.98px)";

/**
 * @param {HTMLFormElement} form the filter form
 * @param {HTMLButtonElement} toggle the "Filter and search" button, just after the chart
 * @param {HTMLElement} results what the form sits before on a wide screen
 */
export function narrowScreen(form, toggle, results) {
  const narrow = matchMedia(NARROW);
  const open = () => toggle.getAttribute("aria-expanded") === "true";
  const place = () => {
    if (narrow.matches) {
      if (toggle.nextElementSibling !== form) toggle.after(form);
      form.hidden = !open();
    } else {
      if (results.previousElementSibling !== form) results.before(form);
      form.hidden = false;
    }
  };
  toggle.addEventListener("click", () => {
    toggle.setAttribute("aria-expanded", String(!open()));
    place();
  });
  // Escape in the open form closes it and returns to the button.
  form.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && narrow.matches && open()) {
      toggle.click();
      toggle.focus();
    }
  });
  narrow.addEventListener("change", place);
  place();
}
