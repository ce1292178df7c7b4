// The participant page: joins the game, keeps the token in localStorage, reconnects
// forever with backoff, and draws each phase of the state (docs/live-protocol.md).
// Every text from the server is shown with textContent, never as HTML.
"use strict";
(() => {
  const TEXTS = JSON.parse(document.getElementById("texts").textContent || "{}");
  const ROOM = decodeURIComponent(location.pathname.split("/")[2] || "").toUpperCase();
  const STORE = "trainer.live." + ROOM;
  const $ = (id) => document.getElementById(id);

  function t(key, fields) {
    const values = fields || {};
    // One pass: a value holding "{rank}" (a name) stays as it is.
    return (TEXTS[key] || key).replace(/\{(\w+)\}/g, (whole, name) =>
      Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole);
  }

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attrs || {})) node.setAttribute(name, value);
    for (const child of children) {
      if (child === null || child === undefined) continue;
      node.append(typeof child === "string" ? document.createTextNode(child) : child);
    }
    return node;
  }

  // -- what the browser keeps ----------------------------------------------------------
  function kept() {
    try { return JSON.parse(localStorage.getItem(STORE) || "{}") || {}; } catch (e) { return {}; }
  }
  function keep(changes) {
    const value = Object.assign(kept(), changes);
    for (const key of Object.keys(value)) if (value[key] === null) delete value[key];
    try { localStorage.setItem(STORE, JSON.stringify(value)); } catch (e) { /* private mode */ }
  }
  function randomKey() {
    const bytes = new Uint8Array(18);
    crypto.getRandomValues(bytes);
    return Array.from(bytes, (b) => "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"[b & 63]).join("");
  }
  (function takeTokenFromAddress() { // re-attached from the console: #token=...
    const found = /(?:^#|&)token=([A-Za-z0-9_-]{22})(?:&|$)/.exec(location.hash);
    if (found) {
      keep({ token: found[1], joining: null, answer: null });
      history.replaceState(null, "", location.pathname);
    }
  })();

  // -- the connection ------------------------------------------------------------------
  let socket = null;
  let delay = 500;
  let counter = 0;
  let retry = null;

  function send(message) {
    message.room = ROOM;
    message.id = "m" + (++counter);
    if (socket && socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
  }

  function connect() {
    clearTimeout(retry);
    retry = null;
    if (socket) return;
    $("net").textContent = t("net.connecting");
    const scheme = location.protocol === "https:" ? "wss://" : "ws://";
    const ws = new WebSocket(scheme + location.host + "/live");
    socket = ws;
    ws.onopen = () => { delay = 500; $("net").textContent = ""; hello(); };
    ws.onmessage = (event) => {
      let message;
      try { message = JSON.parse(event.data); } catch (e) { return; }
      if (message && typeof message === "object") receive(message);
    };
    ws.onclose = () => {
      if (socket !== ws) return;
      socket = null;
      $("net").textContent = t("net.lost");
      retry = setTimeout(connect, delay * (0.75 + Math.random() / 2));
      delay = Math.min(delay * 2, 10000);
    };
  }
  function wake() { if (!socket) { delay = 500; connect(); } }
  document.addEventListener("visibilitychange", () => { if (!document.hidden) wake(); });
  window.addEventListener("online", wake);
  window.addEventListener("pageshow", wake);

  function hello() {
    const mine = kept();
    if (mine.token) {
      send({ type: "rejoin", token: mine.token });
      if (mine.answer) send({ type: "answer", token: mine.token, position: mine.answer.position, response: mine.answer.response });
    } else if (mine.joining) {
      send(Object.assign({ type: "join" }, mine.joining));
    } else {
      send({ type: "room" });
    }
  }

  // -- what the server says ------------------------------------------------------------
  let state = null;
  let drawn = "";
  let deadline = null;
  let sending = false;

  const RECEIVE = {
    room: (m) => drawJoin(m.room),
    joined: (m) => {
      if (m.token) keep({ token: m.token, joining: null });
      show(m.state);
    },
    state: (m) => show(m.state),
    ack: (m) => {
      const mine = kept().answer;
      const response = mine && mine.position === m.position ? mine.response : null;
      if (mine && mine.position === m.position) keep({ answer: null });
      sending = false;
      if (state && state.question && state.question.position === m.position) {
        state.answer = { status: "received", response: state.answer ? state.answer.response : response };
        drawn = "";
        show(state);
      }
    },
    error: (m) => refused(m.code),
  };

  function receive(message) {
    const action = RECEIVE[message.type];
    if (action) action(message);
  }

  function notice(text) {
    $("notice").textContent = text || "";
    $("notice").hidden = !text;
  }

  const REFUSED = {
    unknown_token: () => { keep({ token: null, answer: null }); state = null; drawn = ""; send({ type: "room" }); },
    removed: () => { keep({ token: null, answer: null, joining: null }); state = null; drawn = ""; send({ type: "room" }); },
    unavailable: () => { setTimeout(hello, 1000); },
    rate_limited: () => {},
  };
  const JOIN_CODES = ["name_invalid", "name_taken", "team_required", "unknown_team", "locked", "full"];

  function refused(code) {
    if (JOIN_CODES.includes(code)) {
      keep({ joining: null });
      const button = $("join");
      if (button) button.disabled = false;
    }
    if (["time_up", "not_current", "not_open", "invalid_answer", "not_answerable"].includes(code)) {
      keep({ answer: null });
      sending = false;
      drawn = "";
      if (state) show(state); // redrawn first: drawing clears the notice
    }
    notice(t("error." + code));
    const action = REFUSED[code];
    if (action) action();
  }

  // -- drawing -------------------------------------------------------------------------
  const ui = { t, el, submit: (response) => answer(response) };

  function drawJoin(room) {
    state = null;
    drawn = "join";
    document.title = room.title || t("title");
    $("me").textContent = room.title || "";
    const name = el("input", { id: "name", type: "text", maxlength: "30", autocomplete: "nickname", enterkeyhint: "go" });
    const parts = [el("h1", {}, t("join.heading")), el("label", {}, t("join.name"), name)];
    let team = null;
    if (room.teams && room.teams.length) {
      team = el("select", { id: "team" }, el("option", { value: "" }, t("join.team")), ...room.teams.map((x) => el("option", {}, x)));
      Array.from(team.options).forEach((o, i) => { if (i > 0) o.value = room.teams[i - 1]; });
      parts.push(el("label", {}, t("join.team"), team));
    }
    const button = el("button", { id: "join", class: "primary", type: "button" }, t("join.button"));
    const join = () => {
      if (!name.value.trim()) { name.focus(); return; }
      const joining = { name: name.value.trim(), team: team ? team.value || null : null, key: randomKey() };
      keep({ joining });
      button.disabled = true;
      notice("");
      send(Object.assign({ type: "join" }, joining));
    };
    button.addEventListener("click", join);
    name.addEventListener("keydown", (e) => { if (e.key === "Enter") join(); });
    if (room.locked) parts.push(el("p", { class: "hint" }, t("join.locked")));
    else if (room.full) parts.push(el("p", { class: "hint" }, t("join.full")));
    $("main").replaceChildren(el("div", { class: "stack" }, ...parts, button));
    $("foot").replaceChildren();
  }

  function drawMe() {
    const you = state.you;
    const line = t("you", { name: you.name, score: you.score });
    $("me").textContent = you.rank ? line + " · " + t("you.rank", { rank: you.rank, of: you.of }) : line;
  }

  function show(next) {
    if (!next || (state && next.revision < state.revision)) return;
    state = next;
    document.title = state.room.title || t("title");
    drawMe();
    const q = state.question;
    const controls = state.phase === "question" && (state.accepting || state.clock.left_ms === null);
    const key = [state.phase, q ? q.position : "", state.answer ? "answered" : "", controls].join(":");
    if (state.phase === "question") {
      const c = state.clock;
      deadline = c.running && c.left_ms !== null ? performance.now() + c.left_ms : null;
    }
    if (drawn === key && state.phase === "question") { // keep what is being typed
      drawClock();
      drawStatus();
      return;
    }
    drawn = key;
    notice("");
    (PHASES[state.phase] || PHASES.lobby)();
    drawStatus();
  }

  function questionHead(q) {
    return [
      el("div", { class: "meta" }, el("span", {}, t("question.number", { number: q.number, total: q.total })), el("span", { class: "clock", id: "clock" })),
      el("p", { class: "prompt", id: "prompt" }, q.prompt),
    ];
  }

  const PHASES = {
    lobby: () => {
      $("main").replaceChildren(el("h1", {}, state.room.title), el("p", {}, t("lobby.waiting")),
        el("p", { class: "hint" }, t("lobby.joined", { count: state.joined || 0 })));
      $("foot").replaceChildren();
    },
    question: () => {
      const q = state.question;
      const kind = KINDS[q.renderer];
      const body = [...questionHead(q)];
      const mine = kept().answer;
      if (!kind) body.push(el("p", { class: "hint" }, t("question.unavailable")));
      else if (state.answer || (mine && mine.position === q.position)) {
        const response = state.answer ? state.answer.response : mine.response;
        if (response !== null && response !== undefined) body.push(el("p", {}, t("answer.yours", { answer: kind.shown(response, ui) })));
      } else if (state.accepting || state.clock.left_ms === null) {
        const controls = kind.input(q, ui);
        body.push(el("p", { class: "hint", id: "wait" }, t("question.wait")));
        body.push(controls);
      }
      $("main").replaceChildren(...body);
      drawClock();
    },
    reveal: () => {
      const q = state.question;
      const kind = KINDS[q.renderer];
      const r = state.reveal || {};
      const a = state.answer;
      const verdict = !a ? el("p", { class: "wrong", id: "verdict" }, t("answer.none"))
        : a.correct ? el("p", { class: "right", id: "verdict" }, t("reveal.right"))
        : a.fraction > 0 ? el("p", { class: "wrong", id: "verdict" }, t("reveal.partly"))
        : el("p", { class: "wrong", id: "verdict" }, t("reveal.wrong"));
      const body = [...questionHead(q), verdict];
      if (a && a.points) body.push(el("p", {}, t("reveal.points", { points: a.points })));
      if (a && kind && a.response !== null) body.push(el("p", {}, t("answer.yours", { answer: kind.shown(a.response, ui) })));
      if (r.expected) body.push(el("p", { id: "expected" }, t("reveal.expected", { expected: r.expected })));
      if (r.explanation) body.push(el("p", { id: "explanation" }, r.explanation));
      if (r.source) body.push(el("p", { class: "hint", id: "source" }, t("reveal.source", { source: r.source })));
      $("main").replaceChildren(...body);
      $("clock").textContent = "";
    },
    leaderboard: () => drawBoard(t("board.heading"), state.leaderboard, null),
    podium: () => drawBoard(t("podium.heading"), state.podium, t("podium.thanks")),
  };

  function drawBoard(heading, rows, after) {
    const me = state.you;
    const list = el("ol", { class: "board", id: "board" }, ...(rows || []).map((row) =>
      el("li", { class: row.name === me.name ? "mine" : "" }, t("board.row", { rank: row.rank, name: row.team ? row.name + " (" + row.team + ")" : row.name, points: row.points }))));
    const body = [el("h1", {}, heading), list];
    if (me.rank) body.push(el("p", { class: "status", id: "mine" }, t("you.rank", { rank: me.rank, of: me.of })));
    if (state.teams) body.push(...drawTeams(me));
    if (after) body.push(el("p", {}, after));
    $("main").replaceChildren(...body);
    $("foot").replaceChildren();
  }

  function drawTeams(me) { // the team standings, the participant's own team first in words
    const own = me.team_rank;
    const parts = [];
    if (own) parts.push(el("p", { class: "status", id: "team-rank" }, t("you.team_rank", { team: own.name, rank: own.rank, of: me.teams_of })));
    parts.push(el("h2", {}, t("teams.heading")));
    parts.push(el("ol", { class: "board", id: "teams" }, ...state.teams.map((row) =>
      el("li", { class: row.name === me.team ? "mine" : "" }, t("board.row", { rank: row.rank, name: row.name, points: row.points })))));
    parts.push(el("p", { class: "hint", id: "team-rule" }, t("teams.rule")));
    return parts;
  }

  function drawClock() {
    const clock = $("clock");
    if (!clock || !state || state.phase !== "question") return;
    const c = state.clock;
    const wait = $("wait");
    if (wait) wait.hidden = c.left_ms !== null;
    if (c.left_ms === null) clock.textContent = "";
    else if (deadline === null) clock.textContent = c.left_ms > 0 ? t("question.paused") : t("question.time_up");
    else {
      const left = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      clock.textContent = left > 0 ? t("question.left", { seconds: left }) : t("question.time_up");
    }
  }
  setInterval(drawClock, 250);

  function drawStatus() {
    const foot = $("foot");
    if (!state || state.phase !== "question") { foot.replaceChildren(); return; }
    const mine = kept().answer;
    const received = state.answer && state.answer.status === "received" && !(mine && mine.position === state.question.position);
    if (received) foot.replaceChildren(el("p", { class: "status received", id: "status" }, "✓ " + t("answer.received")));
    else if (sending || state.answer || (mine && mine.position === state.question.position)) foot.replaceChildren(el("p", { class: "status", id: "status" }, t("answer.sending")));
    else foot.replaceChildren();
  }

  function answer(response) {
    const mine = kept();
    if (!state || !state.question || !mine.token) return;
    const position = state.question.position;
    if (mine.answer && mine.answer.position === position) return; // a second tap: already sent
    keep({ answer: { position, response } });
    sending = true;
    send({ type: "answer", token: mine.token, position, response });
    drawn = "";
    show(state);
  }

  connect();
})();
