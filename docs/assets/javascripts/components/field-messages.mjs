// What Python says about the answers, shown the GOV.UK way, for every
// component with a generated form (the writer and the journal): a message
// beside each field it is about, joined to the field's accessible
// description while shown, and an error summary at the top of the form
// whose links move to the field.

const ERROR_TITLE_PREFIX = "Error: ";

function fieldControl(form, key) {
  return form.querySelector(`[data-field="${CSS.escape(key)}"]`)?.querySelector("input, textarea, select") ?? null;
}

// problems: messages to show as errors (red, "Error:" for screen readers);
// advice: messages to show as notes. Both are [{field, text}].
export function showFieldMessages(form, { problems = [], advice = [] }) {
  const errors = new Map();
  for (const m of problems) if (m.field && !errors.has(m.field)) errors.set(m.field, m.text);
  const notes = new Map();
  for (const m of advice) if (m.field) notes.set(m.field, notes.has(m.field) ? `${notes.get(m.field)} ${m.text}` : m.text);
  for (const field of form.querySelectorAll("[data-field]")) {
    const key = field.dataset.field;
    const errorText = errors.get(key) ?? "";
    const noteText = notes.get(key) ?? "";
    const error = field.querySelector(".ns-error-message");
    const note = field.querySelector(".ns-field-advice");
    error.replaceChildren();
    if (errorText) {
      const prefix = document.createElement("span");
      prefix.className = "ns-visually-hidden";
      prefix.textContent = ERROR_TITLE_PREFIX;
      error.append(prefix, errorText);
    }
    error.hidden = !errorText;
    note.textContent = noteText;
    note.hidden = !noteText;
    field.classList.toggle("ns-field--error", Boolean(errorText));
    for (const control of field.querySelectorAll("input, textarea, select")) {
      if (errorText) control.setAttribute("aria-invalid", "true");
      else control.removeAttribute("aria-invalid");
    }
    const describer = field.querySelector("fieldset") ?? field.querySelector("input, textarea, select");
    const hint = field.querySelector(".ns-hint");
    const ids = [hint?.id, errorText && error.id, noteText && note.id].filter(Boolean);
    if (ids.length) describer.setAttribute("aria-describedby", ids.join(" "));
    else describer.removeAttribute("aria-describedby");
  }
}

// The summary box lists every problem; the page title starts with "Error: "
// while it shows, so a screen reader hears it on arrival too.
export function showErrorSummary(box, form, problems, { focus = false } = {}) {
  const items = problems.map((problem) => {
    const target = problem.field ? fieldControl(form, problem.field) : null;
    const link = document.createElement("a");
    link.href = target ? `#${target.id}` : "#";
    link.textContent = problem.text;
    link.addEventListener("click", (event) => {
      event.preventDefault();
      target?.focus();
      target?.scrollIntoView({ block: "center" });
    });
    const item = document.createElement("li");
    item.append(link);
    return item;
  });
  box.querySelector("ul").replaceChildren(...items);
  box.hidden = items.length === 0;
  const title = document.title.startsWith(ERROR_TITLE_PREFIX) ? document.title.slice(ERROR_TITLE_PREFIX.length) : document.title;
  document.title = items.length ? ERROR_TITLE_PREFIX + title : title;
  if (items.length && focus) box.focus();
}

// Advice that is about no one field: a list in its own box.
export function showAdviceList(box, messages) {
  box.querySelector("ul").replaceChildren(
    ...messages.map((m) => {
      const item = document.createElement("li");
      item.textContent = m.text;
      item.dataset.level = m.level;
      return item;
    }),
  );
  box.hidden = messages.length === 0;
}

// The status line of a component that runs Python, in the reader's words.
// name: "letter writer", "journal", "link maker"; ready and failed are the
// component's own sentences.
export function statusMessages(name, { loading, ready, failed }) {
  return {
    loading,
    ready,
    restarting: `The ${name} stopped. Starting it again…`,
    failed,
  };
}

export function showStatus(status, messages, state) {
  status.dataset.state = state;
  status.textContent = messages[state];
}
