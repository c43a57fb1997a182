// Draws Python's letters and files into a writer's output, from the
// <template> the build made, with textContent only.

import { saveFile } from "../lib/letter-actions.mjs";

// draft: "" for a letter ready to send, or the sentence that says why not.
export function showLetters(root, letters, { draft }) {
  for (const sample of root.querySelectorAll("[data-sample]")) delete sample.dataset.sample;
  root.querySelector(".ns-sample-note")?.remove();
  const box = root.querySelector(".ns-letters");
  const template = root.querySelector(".ns-letter-template");
  box.dataset.draft = draft ? "true" : "false";
  // A draft says so above the letter itself, where the reader looks.
  const note = document.createElement("p");
  note.className = "ns-letters__draft-note";
  note.textContent = draft;
  box.replaceChildren(
    ...(draft && letters.length ? [note] : []),
    ...letters.map((letter, index) => {
      const article = template.content.firstElementChild.cloneNode(true);
      article.dataset.layout = letter.layout;
      article.dataset.index = String(index);
      article.querySelector(".ns-letter__heading").textContent = letter.heading;
      article.querySelector(".ns-letter__subject").textContent = letter.subject;
      article.querySelector(".ns-letter__part--subject").hidden = !letter.subject;
      article.querySelector(".ns-letter__body-label").textContent = letter.body_label;
      article.querySelector(".ns-letter__body").textContent = letter.body;
      for (const only of article.querySelectorAll("[data-layout-only]")) only.hidden = only.dataset.layoutOnly !== letter.layout;
      for (const button of article.querySelectorAll("[data-needs-subject]")) button.hidden ||= !letter.subject;
      article.querySelector("[data-action='email']").href = letter.mailto || "#";
      return article;
    }),
  );
}

// Files Python offers beside the letters (a calendar file): one button each.
// say(text) announces what happened in the writer's status region.
export function showFiles(root, files, say) {
  const box = root.querySelector(".ns-files");
  box.replaceChildren(
    ...files.map((file) => {
      const button = document.createElement("button");
      button.type = "button";
      button.className = "md-button ns-action";
      button.textContent = `Download ${file.label}`;
      button.addEventListener("click", () => {
        saveFile(file);
        say(`Downloaded ${file.name}.`);
      });
      return button;
    }),
  );
  box.hidden = files.length === 0;
}
