"""A small Discord API emulator for end-to-end tests: gateway v10 and the REST routes the bot uses.

It runs on 127.0.0.1 (or an address given) at a random port. The real discord.py client connects to it over
real sockets; tests dispatch interactions through the gateway and read what the bot sent back over REST.
Anything it does not know is recorded in `unknown`, and the test fixture fails on it.
"""

from __future__ import annotations

import asyncio
import dataclasses
import datetime as dt
import itertools
import json
import re
import zlib
from collections.abc import Callable
from typing import Any

from aiohttp import WSMsgType, web

APP_ID = "900000000000000001"
BOT_USER = {
    "id": APP_ID,
    "username": "quotebot",
    "discriminator": "0",
    "global_name": None,
    "avatar": None,
    "bot": True,
    "flags": 0,
    "public_flags": 0,
}
# Permission bits (as Discord sends them, a decimal string).
VIEW_CHANNEL = 1 << 10
SEND_MESSAGES = 1 << 11
MANAGE_MESSAGES = 1 << 13
EMBED_LINKS = 1 << 14
READ_HISTORY = 1 << 16
MEMBER_PERMS = VIEW_CHANNEL | SEND_MESSAGES | READ_HISTORY | EMBED_LINKS
MODERATOR_PERMS = MEMBER_PERMS | MANAGE_MESSAGES

_ids = itertools.count(1_000_000_000_000_000_001)


def snowflake() -> str:
    return str(next(_ids))


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat()


def user(user_id: str, name: str) -> dict[str, Any]:
    return {"id": user_id, "username": name, "discriminator": "0", "global_name": name, "avatar": None}


@dataclasses.dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    body: Any
    at: float


@dataclasses.dataclass
class Failure:
    """A response to give, `times` times, to requests matching `method` and the `path` pattern."""

    method: str
    path: re.Pattern[str]
    status: int
    body: dict[str, Any]
    headers: dict[str, str]
    times: int


class Gateway:
    """One gateway connection: compression as the client asked, a sequence number, and the socket."""

    def __init__(self, ws: web.WebSocketResponse, compress: str | None) -> None:
        self.ws = ws
        self.compress = compress
        self._zlib = zlib.compressobj() if compress == "zlib-stream" else None
        self._zstd: Any = None
        if compress == "zstd-stream":
            import zstandard

            self._zstd = zstandard.ZstdCompressor().compressobj()
        self.lock = asyncio.Lock()
        self.shard: tuple[int, int] | None = None  # [shard id, shard count] as the client identified
        self.guild_events: list[tuple[str, str]] = []  # (event, guild id) of what this connection was sent

    def owns(self, guild_id: str) -> bool:
        """Discord's rule: a guild's events go to shard (guild_id >> 22) % shard_count."""
        return self.shard is None or (int(guild_id) >> 22) % self.shard[1] == self.shard[0]

    async def send(self, payload: dict[str, Any]) -> None:
        data = json.dumps(payload).encode()
        async with self.lock:
            if self._zlib is not None:
                await self.ws.send_bytes(self._zlib.compress(data) + self._zlib.flush(zlib.Z_SYNC_FLUSH))
            elif self._zstd is not None:
                import zstandard

                await self.ws.send_bytes(
                    self._zstd.compress(data) + self._zstd.flush(zstandard.COMPRESSOBJ_FLUSH_BLOCK)
                )
            else:
                await self.ws.send_str(data.decode())


class DiscordEmulator:
    """The emulated Discord: one guild with one text channel, a member and a moderator."""

    def __init__(self, host: str = "127.0.0.1") -> None:
        self.host = host  # the address it listens on (another than loopback for bots in network namespaces)
        self.guild_id = snowflake()
        self.channel_id = snowflake()
        self.dm_channel_id = snowflake()  # the member's DM channel with the bot
        self.typing: list[str] = []  # channels the bot showed "typing..." in
        self.threads: dict[str, str] = {}  # message id -> the thread started on it
        self.thread_names: dict[str, str] = {}
        self.bot_can_make_threads = True
        self.channels = {self.guild_id: self.channel_id}  # every guild the bot is in, and its one channel
        self.member = user(snowflake(), "member")
        self.moderator = user(snowflake(), "moderator")
        self.requests: list[Request] = []
        self.rest_peers: set[Any] = set()  # the (host, port) of every connection a REST request came over
        self.unknown: list[str] = []
        self.messages: dict[str, dict[str, Any]] = {}
        self.pins: dict[str, list[str]] = {}
        self.pin_limit = 50
        self.commands: list[dict[str, Any]] = []
        self.callbacks: dict[str, dict[str, Any]] = {}  # interaction id -> callback body
        self.callback_times: dict[str, float] = {}
        self.dispatched_at: dict[str, float] = {}
        self.originals: dict[str, str] = {}  # interaction token -> original response message id
        self.identifies = 0
        self.malformed_sync = False  # answer a command sync without the commands' descriptions
        self.resumes = 0
        self.bot_can_pin = True
        self._failures: list[Failure] = []
        self._delays: list[tuple[str, re.Pattern[str], float]] = []
        self._gateways: list[Gateway] = []
        self._seq = 0
        self._session = "session-" + snowflake()
        self._runner: web.AppRunner | None = None
        self.port = 0
        self._interaction_tokens: dict[str, str] = {}
        self._interaction_guilds: dict[str, str] = {}  # token -> the server the interaction happened in
        self.files: dict[str, tuple[bytes, str]] = {}  # served at /files/NAME: attachments and web pages

    # --- lifecycle -------------------------------------------------------------------------------

    async def start(self) -> DiscordEmulator:
        app = web.Application(middlewares=[self._record])
        app.router.add_get("/gateway", self._gateway)
        app.router.add_route("*", "/api/v10/{tail:.*}", self._rest)
        app.router.add_get("/files/{name}", self._file)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, self.host, 0)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        return self

    async def stop(self) -> None:
        for gw in list(self._gateways):
            await gw.ws.close()
        if self._runner is not None:
            await self._runner.cleanup()

    @property
    def rest_url(self) -> str:
        return f"http://{self.host}:{self.port}/api/v10"

    @property
    def gateway_url(self) -> str:
        return f"ws://{self.host}:{self.port}/gateway"

    # --- test controls ---------------------------------------------------------------------------

    def fail(
        self,
        method: str,
        path: str,
        status: int,
        body: dict[str, Any] | None = None,
        headers: dict[str, str] | None = None,
        times: int = 1,
    ) -> None:
        """Answer the next `times` matching requests with this status instead of handling them."""
        self._failures.append(Failure(method, re.compile(path), status, body or {}, headers or {}, times))

    def delay(self, method: str, path: str, seconds: float) -> None:
        """Answer matching requests only after `seconds` (a slow Discord)."""
        self._delays.append((method, re.compile(path), seconds))

    def rate_limit(self, method: str, path: str, retry_after: float = 0.2, times: int = 1) -> None:
        """A real rate limit: 429 with `retry_after` and a Via header (without it discord.py assumes a ban)."""
        self.fail(
            method,
            path,
            429,
            {"message": "You are being rate limited.", "retry_after": retry_after, "global": False},
            {"Via": "1.1 google", "Retry-After": str(retry_after), "X-RateLimit-Scope": "user"},
            times,
        )

    async def drop_gateway(self) -> None:
        """Close the gateway connection with a resumable error, as a network fault would; the client should resume."""
        for gw in list(self._gateways):
            await gw.ws.close(code=4000, message=b"unknown error")

    def add_guild(self) -> str:
        """Another guild with a channel; its id differs in the bits that choose a shard."""
        gid = str(int(self.guild_id) + len(self.channels) * (1 << 22))
        self.channels[gid] = snowflake()
        return gid

    @property
    def identified_shards(self) -> list[tuple[int, int] | None]:
        return [gw.shard for gw in self._gateways]

    def gateways(self) -> list[Gateway]:
        return list(self._gateways)

    async def dispatch(self, event: str, data: dict[str, Any]) -> None:
        """Send an event to the connections that should get it: a guild's events only to the shard owning it."""
        for _ in range(200):
            if self._gateways:
                break
            await asyncio.sleep(0.02)
        self._seq += 1
        payload = {"op": 0, "t": event, "s": self._seq, "d": data}
        guild = data.get("guild_id")
        for gw in list(self._gateways):
            if guild is None or gw.owns(str(guild)):
                if guild is not None:
                    gw.guild_events.append((event, str(guild)))
                await gw.send(payload)

    def _interaction(
        self,
        itype: int,
        data: dict[str, Any],
        author: dict[str, Any],
        perms: int,
        message: dict[str, Any] | None = None,
        guild_id: str | None = None,
    ) -> dict[str, Any]:
        guild_id = guild_id or self.guild_id
        iid = snowflake()
        token = "itoken-" + iid
        self._interaction_tokens[token] = iid
        self._interaction_guilds[token] = guild_id  # its replies are messages in that server's channel
        payload: dict[str, Any] = {
            "id": iid,
            "application_id": APP_ID,
            "type": itype,
            "data": data,
            "guild_id": guild_id,
            "channel_id": self.channels[guild_id],
            "channel": self._channel(guild_id),
            "member": {
                "user": author,
                "roles": [],
                "joined_at": _now(),
                "deaf": False,
                "mute": False,
                "permissions": str(perms),
                "flags": 0,
                "nick": None,
                "avatar": None,
            },
            "token": token,
            "version": 1,
            "app_permissions": str(MODERATOR_PERMS if self.bot_can_pin else MEMBER_PERMS),
            "locale": "en-US",
            "guild_locale": "en-US",
            "entitlements": [],
            "authorizing_integration_owners": {"0": guild_id},
            "context": 0,
            "attachment_size_limit": 10485760,
        }
        if message is not None:
            payload["message"] = message
        return payload

    def _command_id(self, name: str, ctype: int) -> str:
        for c in self.commands:
            if c["name"] == name and c.get("type", 1) == ctype:
                return str(c["id"])
        raise AssertionError(f"the bot did not register the command {name!r} (type {ctype})")

    def serve(self, name: str, content: bytes, content_type: str = "text/html") -> str:
        """Serve a file on this emulator (a web page, an attachment); returns its URL."""
        self.files[name] = (content, content_type)
        return f"http://{self.host}:{self.port}/files/{name}"

    async def _file(self, request: web.Request) -> web.StreamResponse:
        found = self.files.get(request.match_info["name"])
        if found is None:
            return web.Response(status=404)
        return web.Response(body=found[0], headers={"Content-Type": found[1]})

    async def slash(
        self,
        name: str,
        options: dict[str, Any] | None = None,
        author: dict[str, Any] | None = None,
        perms: int = MEMBER_PERMS,
        attachments: dict[str, tuple[str, bytes]] | None = None,
        guild_id: str | None = None,
    ) -> str:
        """Dispatch a slash command as `author` (in the first guild unless another is named); `attachments` maps
        an option to (file name, content)."""
        opts = [{"name": k, "type": 4 if isinstance(v, int) else 3, "value": v} for k, v in (options or {}).items()]
        data: dict[str, Any] = {"id": self._command_id(name, 1), "name": name, "type": 1, "options": opts}
        if attachments:
            resolved = {}
            for option, (filename, content) in attachments.items():
                aid = snowflake()
                url = self.serve(f"{aid}-{filename}", content, "application/octet-stream")
                resolved[aid] = {
                    "id": aid,
                    "filename": filename,
                    "size": len(content),
                    "url": url,
                    "proxy_url": url,
                    "content_type": "text/html",
                }
                opts.append({"name": option, "type": 11, "value": aid})
            data["resolved"] = {"attachments": resolved}
        payload = self._interaction(2, data, author or self.member, perms, guild_id=guild_id)
        self.dispatched_at[payload["id"]] = asyncio.get_running_loop().time()
        await self.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    async def message_command(
        self, name: str, message: dict[str, Any], author: dict[str, Any] | None = None, perms: int = MEMBER_PERMS
    ) -> str:
        data = {
            "id": self._command_id(name, 3),
            "name": name,
            "type": 3,
            "target_id": message["id"],
            "resolved": {"messages": {message["id"]: message}},
        }
        payload = self._interaction(2, data, author or self.moderator, perms)
        self.dispatched_at[payload["id"]] = asyncio.get_running_loop().time()
        await self.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    async def click(
        self, message_id: str, custom_id: str, author: dict[str, Any] | None = None, perms: int = MEMBER_PERMS
    ) -> str:
        """Click a button of a message as `author` with `perms` in the channel (in the message's server: the
        interaction goes to the shard that has that server)."""
        message = self.messages[message_id]
        data = {"custom_id": custom_id, "component_type": 2}
        guild = next((g for g, c in self.channels.items() if c == message.get("channel_id")), None)
        payload = self._interaction(3, data, author or self.member, perms, message=message, guild_id=guild)
        await self.dispatch("INTERACTION_CREATE", payload)
        return str(payload["id"])

    async def autocomplete(
        self, name: str, option: str, typed: str, author: dict[str, Any] | None = None, guild_id: str | None = None
    ) -> list[dict[str, Any]]:
        """A member types `typed` into a command's option: the choices the bot suggests (its type 8 callback)."""
        data = {
            "id": self._command_id(name, 1),
            "name": name,
            "type": 1,
            "options": [{"name": option, "type": 3, "value": typed, "focused": True}],
        }
        payload = self._interaction(4, data, author or self.member, MEMBER_PERMS, guild_id=guild_id)
        iid = str(payload["id"])
        self.dispatched_at[iid] = asyncio.get_running_loop().time()
        await self.dispatch("INTERACTION_CREATE", payload)
        await self.wait_for(lambda: iid in self.callbacks, what="the suggestions")
        assert self.callbacks[iid]["type"] == 8, self.callbacks[iid]
        return list(self.callbacks[iid]["data"]["choices"])

    def member_message(self, content: str, author: dict[str, Any] | None = None) -> dict[str, Any]:
        """A message a member posted in the channel (to be the target of a message command)."""
        return self._store_message({"content": content}, author or self.member)

    async def post(
        self,
        content: str,
        author: dict[str, Any] | None = None,
        mention_bot: bool = True,
        dm: bool = False,
        thread: str | None = None,
    ) -> dict[str, Any]:
        """A member posts a message in the channel, a thread of it, or a DM with the bot, and Discord sends it to
        the bot as it does without the message content intent: with its text only if it mentions the bot or is
        a DM."""
        author = author or self.member
        channel = self.dm_channel_id if dm else (thread or self.channel_id)
        msg = self._store_message({"content": content}, author, channel_id=channel)
        if dm:
            del msg["guild_id"]
        event = self._public(msg)
        event["mentions"] = [BOT_USER] if mention_bot else []
        if not (dm or mention_bot):
            event["content"] = ""  # what Discord sends of a message that does not concern the bot
        if not dm:
            event["member"] = {"roles": [], "joined_at": _now(), "deaf": False, "mute": False, "flags": 0}
        await self.dispatch("MESSAGE_CREATE", event)
        return msg

    def replies_to(self, message_id: str) -> list[dict[str, Any]]:
        """The bot's messages that reply to a message."""
        return [
            m
            for m in self.messages.values()
            if str((m.get("_reference") or {}).get("message_id")) == str(message_id)
            and m["author"]["id"] == BOT_USER["id"]
        ]

    def thread_ready(self, message_id: str) -> str | None:
        """The thread on a message once the bot has spoken in it (it records a thread before it writes there, so
        a follow-up posted now is read in the conversation), else None."""
        thread = self.threads.get(message_id)
        if thread is None:
            return None
        spoken = any(m["channel_id"] == thread and m["author"]["id"] == BOT_USER["id"] for m in self.messages.values())
        return thread if spoken else None

    # --- waiting and reading ---------------------------------------------------------------------

    async def wait_for(self, predicate: Callable[[], Any], timeout: float = 20.0, what: str = "condition") -> Any:
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout
        while loop.time() < end:
            value = predicate()
            if value:
                return value
            await asyncio.sleep(0.02)
        raise AssertionError(f"timed out waiting for {what}")

    async def original(self, interaction_id: str, timeout: float = 20.0) -> dict[str, Any]:
        """The interaction's original response once the bot has edited it (its final answer)."""
        token = "itoken-" + interaction_id

        def edited() -> dict[str, Any] | None:
            mid = self.originals.get(token)
            msg = self.messages.get(mid) if mid else None
            return msg if msg and (msg.get("embeds") or msg.get("content")) else None

        return await self.wait_for(edited, timeout, f"the answer to interaction {interaction_id}")

    def followups(self, interaction_id: str) -> list[dict[str, Any]]:
        token = "itoken-" + interaction_id
        return [m for m in self.messages.values() if m.get("_token") == token and m.get("_followup")]

    async def ephemeral_reply(self, interaction_id: str, timeout: float = 20.0) -> str:
        """The text the member alone was shown: an ephemeral callback message or ephemeral follow-up."""

        def found() -> str | None:
            cb = self.callbacks.get(interaction_id)
            if cb and cb.get("type") == 4 and (cb["data"].get("flags", 0) & 64):
                return str(cb["data"].get("content", ""))
            for m in self.followups(interaction_id):
                if m.get("flags", 0) & 64:
                    return str(m.get("content", ""))
            return None

        return await self.wait_for(found, timeout, f"an ephemeral reply to {interaction_id}")

    def sent(self, method: str, pattern: str) -> list[Request]:
        rx = re.compile(pattern)
        return [r for r in self.requests if r.method == method and rx.search(r.path)]

    # --- HTTP ------------------------------------------------------------------------------------

    @web.middleware
    async def _record(self, request: web.Request, handler: Any) -> web.StreamResponse:
        return await handler(request)

    @staticmethod
    def _json(data: Any, status: int = 200, headers: dict[str, str] | None = None) -> web.Response:
        # Exactly "application/json": with a charset, discord.py hands back a string.
        return web.Response(
            body=json.dumps(data).encode(),
            status=status,
            headers={"Content-Type": "application/json", **(headers or {})},
        )

    async def _body(self, request: web.Request) -> Any:
        if request.content_type.startswith("multipart/"):
            reader = await request.multipart()
            async for part in reader:
                if getattr(part, "name", None) == "payload_json":
                    return json.loads(await part.text())  # type: ignore[union-attr]
            return {}
        raw = await request.read()
        return json.loads(raw) if raw else None

    async def _rest(self, request: web.Request) -> web.StreamResponse:
        path = "/" + request.match_info["tail"]
        body = await self._body(request)
        self.rest_peers.add(request.transport.get_extra_info("peername") if request.transport else None)
        self.requests.append(
            Request(request.method, path, dict(request.query), body, asyncio.get_running_loop().time())
        )
        for method, rx, seconds in self._delays:
            if method == request.method and rx.search(path):
                await asyncio.sleep(seconds)
        for f in self._failures:
            if f.times > 0 and f.method == request.method and f.path.search(path):
                f.times -= 1
                return self._json(f.body, f.status, f.headers)
        for method, rx, handler in self._routes():
            m = rx.fullmatch(path)
            if m and method == request.method:
                return await handler(request, body, **m.groupdict())
        self.unknown.append(f"{request.method} {path}")
        return self._json({"message": "404: Not Found", "code": 0}, 404)

    def _routes(self) -> list[tuple[str, re.Pattern[str], Any]]:
        r = re.compile
        return [
            ("GET", r(r"/users/@me"), self._me),
            ("GET", r(r"/oauth2/applications/@me"), self._app_info),
            ("GET", r(r"/gateway"), self._gateway_info),
            ("GET", r(r"/gateway/bot"), self._gateway_info),
            ("PUT", r(rf"/applications/{APP_ID}/commands"), self._put_commands),
            ("PUT", r(rf"/applications/{APP_ID}/guilds/(?P<gid>\d+)/commands"), self._put_commands),
            ("POST", r(r"/interactions/(?P<iid>\d+)/(?P<token>[^/]+)/callback"), self._callback),
            ("GET", r(r"/webhooks/\d+/(?P<token>[^/]+)/messages/@original"), self._get_original),
            ("PATCH", r(r"/webhooks/\d+/(?P<token>[^/]+)/messages/@original"), self._edit_original),
            ("DELETE", r(r"/webhooks/\d+/(?P<token>[^/]+)/messages/@original"), self._delete_original),
            ("POST", r(r"/webhooks/\d+/(?P<token>[^/]+)"), self._followup),
            ("POST", r(r"/channels/(?P<cid>\d+)/messages"), self._channel_message),
            ("PATCH", r(r"/channels/(?P<cid>\d+)/messages/(?P<mid>\d+)"), self._edit_message),
            ("POST", r(r"/channels/(?P<cid>\d+)/typing"), self._typing),
            ("POST", r(r"/channels/(?P<cid>\d+)/messages/(?P<mid>\d+)/threads"), self._start_thread),
            ("PUT", r(r"/channels/(?P<cid>\d+)/messages/pins/(?P<mid>\d+)"), self._pin),
            ("GET", r(r"/channels/(?P<cid>\d+)/messages/pins"), self._list_pins),
        ]

    async def _me(self, request: web.Request, body: Any) -> web.Response:
        return self._json(BOT_USER)

    async def _app_info(self, request: web.Request, body: Any) -> web.Response:
        return self._json(
            {
                "id": APP_ID,
                "name": "quotebot",
                "icon": None,
                "description": "",
                "rpc_origins": [],
                "bot_public": True,
                "bot_require_code_grant": False,
                "owner": user(snowflake(), "owner"),
                "summary": "",
                "verify_key": "0" * 64,
                "team": None,
                "flags": 0,
                "bot": BOT_USER,
                "interactions_endpoint_url": None,
                "redirect_uris": [],
                "approximate_guild_count": 1,
            }
        )

    async def _gateway_info(self, request: web.Request, body: Any) -> web.Response:
        return self._json(
            {
                "url": self.gateway_url,
                "shards": 1,
                "session_start_limit": {"total": 1000, "remaining": 999, "reset_after": 0, "max_concurrency": 1},
            }
        )

    async def _put_commands(self, request: web.Request, body: Any, gid: str | None = None) -> web.Response:
        out = []
        for c in body:
            c = {"description": "", **c, "id": snowflake(), "application_id": APP_ID, "version": snowflake()}
            if gid:
                c["guild_id"] = gid
            out.append(c)
        self.commands = out
        if self.malformed_sync:  # Discord stored them, but its answer lacks a field the client expects
            return self._json([{k: v for k, v in c.items() if k != "description"} for c in out])
        return self._json(out)

    def _channel(self, guild_id: str | None = None) -> dict[str, Any]:
        guild_id = guild_id or self.guild_id
        return {
            "id": self.channels[guild_id],
            "type": 0,
            "guild_id": guild_id,
            "name": "general",
            "position": 0,
            "permission_overwrites": [],
            "nsfw": False,
            "parent_id": None,
            "topic": None,
            "rate_limit_per_user": 0,
            "last_message_id": None,
        }

    def _store_message(self, data: dict[str, Any], author: dict[str, Any], **extra: Any) -> dict[str, Any]:
        mid = snowflake()
        msg = {
            "id": mid,
            "channel_id": self.channel_id,
            "guild_id": self.guild_id,
            "author": author,
            "content": data.get("content") or "",
            "timestamp": _now(),
            "edited_timestamp": None,
            "tts": False,
            "mention_everyone": False,
            "mentions": [],
            "mention_roles": [],
            "attachments": [],
            "embeds": data.get("embeds") or [],
            "components": data.get("components") or [],
            "pinned": False,
            "type": 0,
            "flags": data.get("flags", 0) or 0,
            "_allowed_mentions": data.get("allowed_mentions"),
            **extra,
        }
        self.messages[mid] = msg
        return msg

    def _where(self, token: str) -> dict[str, Any]:
        """The server and channel of an interaction's reply (the default server's for an unknown token)."""
        guild = self._interaction_guilds.get(token, self.guild_id)
        return {"guild_id": guild, "channel_id": self.channels.get(guild, self.channel_id)}

    @staticmethod
    def _public(msg: dict[str, Any]) -> dict[str, Any]:
        return {k: v for k, v in msg.items() if not k.startswith("_")}

    async def _callback(self, request: web.Request, body: Any, iid: str, token: str) -> web.Response:
        if iid in self.callbacks:
            return self._json({"message": "Interaction has already been acknowledged.", "code": 40060}, 400)
        self.callbacks[iid] = body
        self.callback_times[iid] = asyncio.get_running_loop().time()
        ctype = body["type"]
        data = body.get("data") or {}
        interaction = {
            "id": iid,
            "type": 2,
            "response_message_loading": ctype == 5,
            "response_message_ephemeral": bool(data.get("flags", 0) & 64),
        }
        if ctype in (4, 5):
            msg = self._store_message(
                data if ctype == 4 else {"flags": data.get("flags", 0)},
                BOT_USER,
                _token=token,
                _interaction_id=iid,
                **self._where(token),
            )
            self.originals[token] = msg["id"]
            interaction["response_message_id"] = msg["id"]
            return self._json({"interaction": interaction, "resource": {"type": ctype, "message": self._public(msg)}})
        return self._json({"interaction": interaction})

    async def _get_original(self, request: web.Request, body: Any, token: str) -> web.Response:
        mid = self.originals.get(token)
        if mid is None or mid not in self.messages:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        return self._json(self._public(self.messages[mid]))

    async def _edit_original(self, request: web.Request, body: Any, token: str) -> web.Response:
        mid = self.originals.get(token)
        if mid is None or mid not in self.messages:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        msg = self.messages[mid]
        for key in ("content", "embeds", "components"):
            if key in body:
                msg[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        msg["_allowed_mentions"] = body.get("allowed_mentions")
        msg["edited_timestamp"] = _now()
        return self._json(self._public(msg))

    async def _delete_original(self, request: web.Request, body: Any, token: str) -> web.Response:
        mid = self.originals.pop(token, None)
        if mid:
            self.messages.pop(mid, None)
        return web.Response(status=204)

    async def _followup(self, request: web.Request, body: Any, token: str) -> web.Response:
        msg = self._store_message(body, BOT_USER, _token=token, _followup=True, **self._where(token))
        return self._json(self._public(msg))

    async def _channel_message(self, request: web.Request, body: Any, cid: str) -> web.Response:
        msg = self._store_message(body, BOT_USER, channel_id=cid, _reference=body.get("message_reference"))
        if cid == self.dm_channel_id:
            del msg["guild_id"]
        return self._json(self._public(msg))

    async def _start_thread(self, request: web.Request, body: Any, cid: str, mid: str) -> web.Response:
        if mid in self.threads:
            return self._json({"message": "A thread has already been created for this message", "code": 160004}, 400)
        if not self.bot_can_make_threads:
            return self._json({"message": "Missing Permissions", "code": 50013}, 403)
        self.threads[mid] = mid  # like Discord: a thread started from a message has the message's id
        thread = {
            "id": mid,
            "type": 11,
            "guild_id": self.guild_id,
            "parent_id": cid,
            "owner_id": BOT_USER["id"],
            "name": body.get("name", ""),
            "last_message_id": None,
            "rate_limit_per_user": 0,
            "message_count": 0,
            "member_count": 1,
            "flags": 0,
            "thread_metadata": {
                "archived": False,
                "auto_archive_duration": body.get("auto_archive_duration", 1440),
                "archive_timestamp": _now(),
                "locked": False,
            },
        }
        self.thread_names[mid] = thread["name"]
        return self._json(thread, 201)

    async def _typing(self, request: web.Request, body: Any, cid: str) -> web.Response:
        self.typing.append(cid)
        return web.Response(status=204)

    async def _edit_message(self, request: web.Request, body: Any, cid: str, mid: str) -> web.Response:
        msg = self.messages.get(mid)
        if msg is None:
            return self._json({"message": "Unknown Message", "code": 10008}, 404)
        for key in ("content", "embeds", "components"):
            if key in body:
                msg[key] = body[key] if body[key] is not None else ([] if key != "content" else "")
        msg["edited_timestamp"] = _now()
        msg["_allowed_mentions"] = body.get("allowed_mentions", msg.get("_allowed_mentions"))
        return self._json(self._public(msg))

    async def _pin(self, request: web.Request, body: Any, cid: str, mid: str) -> web.Response:
        if not self.bot_can_pin:
            return self._json({"message": "Missing Permissions", "code": 50013}, 403)
        pins = self.pins.setdefault(cid, [])
        if mid in pins:
            return web.Response(status=204)
        if len(pins) >= self.pin_limit:
            return self._json({"message": f"Maximum number of pins reached ({self.pin_limit})", "code": 30003}, 400)
        pins.append(mid)
        if mid in self.messages:
            self.messages[mid]["pinned"] = True
        return web.Response(status=204)

    async def _list_pins(self, request: web.Request, body: Any, cid: str) -> web.Response:
        items = [{"pinned_at": _now(), "message": self._public(self.messages[m])} for m in self.pins.get(cid, [])]
        return self._json({"items": items, "has_more": False})

    # --- gateway ---------------------------------------------------------------------------------

    async def _gateway(self, request: web.Request) -> web.StreamResponse:
        ws = web.WebSocketResponse(max_msg_size=0)
        await ws.prepare(request)
        gw = Gateway(ws, request.query.get("compress"))
        self._gateways.append(gw)
        try:
            await gw.send({"op": 10, "d": {"heartbeat_interval": 41250}, "s": None, "t": None})
            async for msg in ws:
                if msg.type != WSMsgType.TEXT:
                    continue
                payload = json.loads(msg.data)
                op = payload.get("op")
                if op == 1:
                    await gw.send({"op": 11, "d": None, "s": None, "t": None})
                elif op == 2:
                    self.identifies += 1
                    shard = (payload.get("d") or {}).get("shard")
                    gw.shard = (int(shard[0]), int(shard[1])) if shard else None
                    await self._ready(gw)
                elif op == 6:
                    self.resumes += 1
                    self._seq += 1
                    await gw.send({"op": 0, "t": "RESUMED", "s": self._seq, "d": {}})
        finally:
            if gw in self._gateways:
                self._gateways.remove(gw)
        return ws

    async def _ready(self, gw: Gateway) -> None:
        self._seq += 1
        await gw.send(
            {
                "op": 0,
                "t": "READY",
                "s": self._seq,
                "d": {
                    "v": 10,
                    "user": BOT_USER,
                    "guilds": [{"id": g, "unavailable": True} for g in self.channels if gw.owns(g)],
                    **({"shard": list(gw.shard)} if gw.shard else {}),
                    "session_id": self._session,
                    "resume_gateway_url": self.gateway_url,
                    "application": {"id": APP_ID, "flags": 0},
                    "private_channels": [],
                    "relationships": [],
                    "presences": [],
                    "geo_ordered_rtc_regions": [],
                    "auth": {},
                    "user_settings": {},
                },
            }
        )
        for guild_id in [g for g in self.channels if gw.owns(g)]:
            await self._guild_create(gw, guild_id)

    async def _guild_create(self, gw: Gateway, guild_id: str) -> None:
        self._seq += 1
        everyone = {
            "id": guild_id,
            "name": "@everyone",
            "permissions": str(MEMBER_PERMS),
            "position": 0,
            "color": 0,
            "hoist": False,
            "managed": False,
            "mentionable": False,
            "flags": 0,
        }
        await gw.send(
            {
                "op": 0,
                "t": "GUILD_CREATE",
                "s": self._seq,
                "d": {
                    "id": guild_id,
                    "name": "Test server",
                    "icon": None,
                    "owner_id": self.moderator["id"],
                    "roles": [everyone],
                    "channels": [self._channel(guild_id)],
                    "threads": [],
                    "emojis": [],
                    "stickers": [],
                    "members": [
                        {"user": BOT_USER, "roles": [], "joined_at": _now(), "deaf": False, "mute": False, "flags": 0}
                    ],
                    "member_count": 3,
                    "large": False,
                    "unavailable": False,
                    "features": [],
                    "joined_at": _now(),
                    "voice_states": [],
                    "presences": [],
                    "premium_tier": 0,
                    "verification_level": 0,
                    "default_message_notifications": 0,
                    "explicit_content_filter": 0,
                    "mfa_level": 0,
                    "system_channel_id": None,
                    "afk_timeout": 300,
                    "preferred_locale": "en-US",
                    "nsfw_level": 0,
                    "premium_progress_bar_enabled": False,
                    "stage_instances": [],
                    "guild_scheduled_events": [],
                    "soundboard_sounds": [],
                },
            }
        )
