// "Add another interviewer" and "Remove": rows past the first stay hidden
// until asked for, unless they hold an answer.

const controlsOf = (row) => [...row.querySelectorAll("input, textarea")];
const isEmpty = (row) => controlsOf(row).every((control) => !control.value.trim());

export class GroupRows {
  // onChange: called when a row is removed (its answers are cleared).
  constructor(form, onChange) {
    this.groups = [...form.querySelectorAll("[data-group]")].map((group) => ({
      rows: [...group.querySelectorAll(".ns-group__item")],
      add: group.querySelector(".ns-group__add"),
    }));
    for (const { rows, add } of this.groups) {
      for (const row of rows.slice(1)) {
        const remove = row.querySelector(".ns-group__remove");
        remove.hidden = false;
        remove.addEventListener("click", () => {
          for (const control of controlsOf(row)) control.value = "";
          row.hidden = true;
          this.refresh();
          add.focus();
          onChange();
        });
      }
      add.addEventListener("click", () => {
        const next = rows.find((row) => row.hidden);
        if (!next) return;
        next.hidden = false;
        next.querySelector("input, textarea")?.focus();
        this.refresh();
      });
    }
    this.showFilled();
  }

  // After answers are written in (a draft, a link): show rows that hold one.
  showFilled() {
    for (const { rows } of this.groups) for (const row of rows.slice(1)) row.hidden = isEmpty(row);
    this.refresh();
  }

  refresh() {
    for (const { rows, add } of this.groups) add.hidden = !rows.some((row) => row.hidden);
  }
}
