// Reading and writing a generated form's answers as {field name: value}.
// Values are strings, or arrays of strings for groups of checkboxes.

export function readValues(form) {
  const values = {};
  for (const element of form.elements) {
    if (!element.name) continue;
    if (element.type === "radio") {
      if (element.checked) values[element.name] = element.value;
      else values[element.name] ??= "";
    } else if (element.type === "checkbox") {
      values[element.name] ??= [];
      if (element.checked) values[element.name].push(element.value);
    } else {
      values[element.name] = element.value;
    }
  }
  return values;
}

// Puts answers into the form; names the form does not have are skipped.
// Returns the names it filled. Hidden group rows holding an answer are shown.
export function writeValues(form, values) {
  const filled = [];
  for (const [name, value] of Object.entries(values)) {
    const controls = [...form.elements].filter((element) => element.name === name);
    if (!controls.length) continue;
    for (const control of controls) {
      if (control.type === "radio") control.checked = control.value === value;
      else if (control.type === "checkbox") control.checked = [].concat(value).includes(control.value);
      else control.value = String(value);
      const row = control.closest(".ns-group__item");
      if (row && String(value).trim()) row.hidden = false;
    }
    filled.push(name);
  }
  return filled;
}

// Whether two sets of answers are the same, whatever the order of their names.
export function sameValues(a, b) {
  const names = Object.keys(a);
  if (names.length !== Object.keys(b).length) return false;
  return names.every((name) => name in b && JSON.stringify(a[name]) === JSON.stringify(b[name]));
}

// The names of the answers that differ from what the page started with.
export function changedNames(form) {
  const names = new Set();
  for (const element of form.elements) {
    if (!element.name) continue;
    const changed = element.type === "radio" || element.type === "checkbox"
      ? element.checked !== element.defaultChecked
      : "defaultValue" in element && element.value !== element.defaultValue;
    if (changed) names.add(element.name);
  }
  return names;
}
