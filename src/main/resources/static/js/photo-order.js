// Reorder listing photos by dragging, with a mouse or a finger (pointer events cover both).
// On release the new order goes into the order form, which is submitted; without JS the form still works.
(function () {
  const list = document.getElementById("photo-order");
  const form = document.getElementById("photo-order-form");
  if (!list || !form) return;
  let dragged = null;

  list.addEventListener("pointerdown", (event) => {
    const item = event.target.closest("li[data-photo]");
    if (!item || event.target.closest("button, a")) return;
    dragged = item;
    item.classList.add("dragging");
    item.setPointerCapture(event.pointerId);
    event.preventDefault();
  });

  list.addEventListener("pointermove", (event) => {
    if (!dragged) return;
    const over = document.elementFromPoint(event.clientX, event.clientY);
    const target = over && over.closest("li[data-photo]");
    if (!target || target === dragged || target.parentNode !== list) return;
    const box = target.getBoundingClientRect();
    const after = (event.clientX - box.left) / box.width > 0.5 || (event.clientY - box.top) / box.height > 0.5;
    list.insertBefore(dragged, after ? target.nextSibling : target);
  });

  const finish = () => {
    if (!dragged) return;
    dragged.classList.remove("dragging");
    dragged = null;
    const order = Array.from(list.querySelectorAll("li[data-photo]")).map((li) => li.dataset.photo);
    form.querySelector("input[name=order]").value = order.join(",");
    form.requestSubmit();
  };
  list.addEventListener("pointerup", finish);
  list.addEventListener("pointercancel", finish);
  // native HTML drag would fight the pointer handling
  list.addEventListener("dragstart", (event) => event.preventDefault());
})();
