// A component's elements by name, found once inside its root:
// parts(root, {form: ".ns-form"}) gives {form: <form>}.

export function parts(root, selectors) {
  return Object.fromEntries(Object.entries(selectors).map(([name, selector]) => [name, root.querySelector(selector)]));
}
