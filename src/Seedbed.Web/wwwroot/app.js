// Idle timeout (30 minutes): the sign-in cookie slides with HTTP requests, but an interactive page talks over its
// circuit only. While the user clicks or types, renew the cookie at most every 5 minutes; an idle page does not.
(() => {
  let last = Date.now();
  const renew = () => {
    if (Date.now() - last < 5 * 60 * 1000) return;
    last = Date.now();
    fetch('/account/keepalive', { method: 'POST', credentials: 'same-origin' }).catch(() => {});
  };
  for (const e of ['click', 'keydown']) document.addEventListener(e, renew, { passive: true, capture: true });
})();
