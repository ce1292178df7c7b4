"""The network side of the phone game (issue 11): the server that carries the core's
protocol (:mod:`trainer.core.workshop.live`) over HTTP and a WebSocket on one port, the
participant page it serves (``page/``), and the laptop's addresses. No Qt."""
