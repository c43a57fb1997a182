// "Latest answer wins": run a piece of work for the newest request only.
//
// A keystroke asks at once, with no timer. While one run is on its way,
// further requests fold into a single run after it, with the values as they
// are then. So no keystroke is lost, no answer for old values is shown after
// a newer one, and every caller of settled() gets the answer for the form as
// it is now.

export class Latest {
  // work(): a promise of an answer for the current values.
  // show(answer, final): called for every answer; final is true when no newer
  // request is waiting.
  constructor(work, show) {
    this.work = work;
    this.show = show;
    this.running = false;
    this.owed = false;
    this.answer = null;
    this.waiters = [];
  }

  request() {
    this.owed = true;
    if (!this.running) this.run();
    return this.settled();
  }

  // An answer for the current values that came another way (a counselor's
  // link brings its letter with its answers): shown as the newest, unless a
  // run is on its way, whose answer may be for other values; then the
  // current values are asked for as any change asks.
  accept(answer) {
    if (this.running || this.owed) return this.request();
    this.answer = answer;
    this.show(answer, true);
    return this.settled();
  }

  // The answer for the newest request, once there is no newer one; null if
  // the work failed (the caller's state listener says why).
  settled() {
    if (!this.running && !this.owed) return Promise.resolve(this.answer);
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  async run() {
    this.running = true;
    while (this.owed) {
      this.owed = false;
      try {
        this.answer = await this.work();
        this.show(this.answer, !this.owed);
      } catch {
        this.answer = null;
      }
    }
    this.running = false;
    for (const resolve of this.waiters.splice(0)) resolve(this.answer);
  }
}
