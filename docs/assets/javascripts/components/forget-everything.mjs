// The privacy page's "Delete my answers": every answer and journal entry
// this site stored, on any page, in either storage.

import { deleteEverything } from "../lib/answer-store.mjs";

export function mountForgetEverything(button) {
  const onClick = () => {
    deleteEverything();
    const status = button.parentElement.querySelector("[role='status']");
    if (status) status.textContent = "Deleted. This site no longer stores any of your answers, on any page.";
  };
  button.addEventListener("click", onClick);
  return { unmount: () => button.removeEventListener("click", onClick) };
}
