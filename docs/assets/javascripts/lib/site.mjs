// The site's root, found from this file's own address (<site>/assets/javascripts/lib/),
// so the code works wherever the site is hosted, under any path.
export const SITE_ROOT = new URL("../../../", import.meta.url);
