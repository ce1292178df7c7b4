// The renderers of the question kinds, keyed by the renderer name the server sends
// (`question.renderer`: the `renderer` of each kind's PhoneForm in trainer/core/kinds/;
// kinds whose answers have one shape share a renderer, and tests/net/test_page_kinds.py
// checks that every name a kind gives is here and every entry here is used). `input`
// builds the controls that answer it and calls ui.submit(response) with the response the
// kind's form accepts; `shown` writes a response as plain text. Every text goes through
// textContent (ui.el), never HTML.
"use strict";

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

function sendButton(ui, collect) {
  const button = ui.el("button", { class: "primary", id: "send", type: "button" }, ui.t("answer.send"));
  button.addEventListener("click", () => {
    const response = collect();
    if (response !== null) ui.submit(response);
  });
  return button;
}

function choiceButton(ui, text, index, pressed) {
  const button = ui.el("button", { class: "choice", type: "button" },
    ui.el("span", { class: "letter" }, LETTERS[index] || ""), ui.el("span", { class: "text" }, text));
  if (pressed !== undefined) button.setAttribute("aria-pressed", String(pressed));
  return button;
}

function textInput(ui, label, attrs) {
  const input = ui.el("input", Object.assign({ type: "text", autocomplete: "off", spellcheck: "false" }, attrs));
  return [ui.el("label", {}, label, input), input];
}

const KINDS = {
  one_choice: {  // q.options: pick one
    input(q, ui) {
      return ui.el("div", { class: "stack" }, ...q.options.map((option, i) => {
        const button = choiceButton(ui, option, i);
        button.addEventListener("click", () => ui.submit(option));
        return button;
      }));
    },
    shown: (r) => String(r),
  },
  many_choices: {  // q.options: pick any
    input(q, ui) {
      const chosen = new Set();
      const buttons = q.options.map((option, i) => {
        const button = choiceButton(ui, option, i, false);
        button.addEventListener("click", () => {
          if (chosen.has(option)) chosen.delete(option); else chosen.add(option);
          button.setAttribute("aria-pressed", String(chosen.has(option)));
        });
        return button;
      });
      const collect = () => q.options.filter((o) => chosen.has(o));
      return ui.el("div", { class: "stack" }, ui.el("p", { class: "hint" }, ui.t("kind.many_hint")),
        ...buttons, sendButton(ui, collect));
    },
    shown: (r) => (Array.isArray(r) ? r.join(", ") : String(r)),
  },
  true_false: {  // true or false
    input(q, ui) {
      return ui.el("div", { class: "stack" }, ...[true, false].map((value) => {
        const button = ui.el("button", { class: "choice", type: "button" }, ui.el("span", { class: "text" }, ui.t(value ? "kind.true" : "kind.false")));
        button.addEventListener("click", () => ui.submit(value));
        return button;
      }));
    },
    shown: (r, ui) => ui.t(r ? "kind.true" : "kind.false"),
  },
  number: {  // q.unit (or null): type a number
    input(q, ui) {
      const label = q.unit ? ui.t("kind.number") + " (" + ui.t("kind.unit", { unit: q.unit }) + ")" : ui.t("kind.number");
      const [field, input] = textInput(ui, label, { inputmode: "decimal", maxlength: "40", id: "number" });
      const collect = () => (input.value.trim() ? input.value.trim() : null);
      return ui.el("div", { class: "stack" }, field, sendButton(ui, collect));
    },
    shown: (r) => String(r),
  },
  text: {  // type a text
    input(q, ui) {
      const [field, input] = textInput(ui, ui.t("kind.text"), { maxlength: "200", id: "text" });
      const collect = () => (input.value.trim() ? input.value.trim() : null);
      return ui.el("div", { class: "stack" }, field, sendButton(ui, collect));
    },
    shown: (r) => String(r),
  },
  blanks: {  // q.parts, q.blanks: fill each blank
    input(q, ui) {
      const inputs = [];
      const sentence = ui.el("div", { class: "cloze" });
      q.parts.forEach((part, i) => {
        if (part.trim()) sentence.append(ui.el("span", {}, part));
        if (i < q.blanks) {
          const input = ui.el("input", { type: "text", maxlength: "200", autocomplete: "off",
            "aria-label": ui.t("kind.blank", { number: i + 1 }), class: "blank" });
          inputs.push(input);
          sentence.append(input);
        }
      });
      const collect = () => (inputs.some((x) => x.value.trim()) ? inputs.map((x) => x.value.trim()) : null);
      return ui.el("div", { class: "stack" }, sentence, sendButton(ui, collect));
    },
    shown: (r) => (Array.isArray(r) ? r.join(" · ") : String(r)),
  },
  order: {  // q.entries: tap them in order
    input(q, ui) {
      const chosen = [];
      const list = ui.el("ol", { class: "order" });
      const send = sendButton(ui, () => (chosen.length === q.entries.length ? chosen.slice() : null));
      const buttons = q.entries.map((entry) => {
        const button = ui.el("button", { class: "choice", type: "button" }, ui.el("span", { class: "text" }, entry));
        button.addEventListener("click", () => {
          chosen.push(entry);
          button.disabled = true;
          list.append(ui.el("li", {}, entry));
          send.disabled = chosen.length !== q.entries.length;
        });
        return button;
      });
      const reset = ui.el("button", { type: "button", class: "reset" }, ui.t("kind.order_reset"));
      reset.addEventListener("click", () => {
        chosen.length = 0;
        list.replaceChildren();
        buttons.forEach((b) => { b.disabled = false; });
        send.disabled = true;
      });
      send.disabled = true;
      return ui.el("div", { class: "stack" }, ui.el("p", { class: "hint" }, ui.t("kind.order_hint")),
        ...buttons, list, reset, send);
    },
    shown: (r) => (Array.isArray(r) ? r.join(" → ") : String(r)),
  },
  pairs: {  // q.lefts, q.rights: a right for each left
    input(q, ui) {
      const selects = q.lefts.map((left) => {
        const select = ui.el("select", { class: "match" },
          ui.el("option", { value: "" }, ui.t("kind.match_choose")),
          ...q.rights.map((right) => ui.el("option", {}, right)));
        Array.from(select.options).forEach((o, i) => { if (i > 0) o.value = q.rights[i - 1]; });
        return [left, ui.el("label", {}, left, select), select];
      });
      const collect = () => {
        const pairs = {};
        selects.forEach(([left, , select]) => { if (select.value) pairs[left] = select.value; });
        return Object.keys(pairs).length ? pairs : null;
      };
      return ui.el("div", { class: "stack" }, ui.el("p", { class: "hint" }, ui.t("kind.match_hint")),
        ...selects.map(([, label]) => label), sendButton(ui, collect));
    },
    shown: (r) => (r && typeof r === "object" ? Object.entries(r).map(([a, b]) => a + " → " + b).join("; ") : String(r)),
  },
};

window.KINDS = KINDS;
