import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import {
  type APIApplicationCommandInteractionDataOption,
  type APIMessage,
  GatewayIntentBits,
  InteractionResponseType,
  MessageFlags,
} from 'discord.js';
import { WebSocketServer, type WebSocket } from 'ws';
import { LIMITS } from '../../src/bot/limits.js';

/**
 * A small Discord-compatible REST + gateway server on 127.0.0.1, enough for the real discord.js
 * client: gateway HELLO/IDENTIFY/READY/GUILD_CREATE, interactions and their callbacks, webhook
 * edits and follow-ups, channel messages (with file uploads: multipart bodies whose `payload_json`
 * is the message and whose other parts are its files), command registration. It enforces the 3-second
 * acknowledgement window (10062 Unknown interaction) and, like Discord, hides the content of
 * messages that do not mention the bot from a client without the MessageContent intent.
 * Every request is recorded for the test to assert on.
 *
 * It serves one guild, or several (`guilds`), and any number of gateway connections: each IDENTIFY
 * names its shard (`[id, count]`, as discord.js always sends it), gets READY and GUILD_CREATE for the
 * guilds whose `(guild_id >> 22) % count` is its id, and, as on Discord, the events of a guild go to
 * that shard's connection only.
 */

export type Json = Record<string, unknown>;

/** A file uploaded with a message. */
export interface StubFile {
  /** The form field, e.g. "files[0]". */
  field: string;
  name: string;
  contentType: string;
  data: Buffer;
}

export interface StubRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: Json | undefined;
  /** Files of a multipart request (empty for a JSON one). */
  files: StubFile[];
  auth: string | undefined;
  at: number;
}

export interface SentInteraction {
  id: string;
  token: string;
  at: number;
  /** The shard whose connection it was sent on (undefined when no connection serves its guild). */
  shard: number | undefined;
}

export interface StubOptions {
  /** Guilds served, each with one text channel (default 1). Guild `i` falls on shard `i % count` for any count up to 8. */
  guilds?: number;
  /** The shard count `GET /gateway/bot` recommends (default 1). */
  recommendedShards?: number;
  /** `session_start_limit.max_concurrency` of `GET /gateway/bot` (default 1). */
  maxConcurrency?: number;
}

/** One gateway connection: a client (or one shard of it). */
interface Connection {
  ws: WebSocket;
  seq: number;
  /** Its `[id, count]`, once identified. */
  shard?: [number, number];
  intents: number;
}

/** The shard Discord routes a guild's events to: `(guild_id >> 22) % count`. */
export function shardOf(guildId: string, count: number): number {
  return Number((BigInt(guildId) >> 22n) % BigInt(count));
}

interface InteractionState {
  id: string;
  token: string;
  channelId: string;
  at: number;
  acknowledged: boolean;
  expired: boolean;
  originalId?: string;
}

const DISCORD_EPOCH = 1420070400000n;
let sequence = 0n;
function snowflake(): string {
  sequence = (sequence + 1n) % 4096n;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | sequence).toString();
}

export const userObject = (id: string, username: string, bot = false) => ({ id, username, discriminator: '0', global_name: username, avatar: null, bot });

/**
 * Guild ids whose timestamps are consecutive from a multiple of 840 (divisible by every count up to
 * 8), so that guild `i` falls on shard `i % count`.
 */
function guildSnowflakes(n: number): string[] {
  const base = BigInt(Date.now()) - DISCORD_EPOCH;
  const start = base - (base % 840n);
  return Array.from({ length: n }, (_, i) => (((start + BigInt(i)) << 22n) | 1n).toString());
}

export async function startDiscordStub(options: StubOptions = {}) {
  const token = 'MTIzNDU2Nzg5MDEyMzQ1Njc4OQ.GfAkEd.fake-token-for-tests-only-abcdefghij';
  const applicationId = snowflake();
  const botUserId = applicationId;
  const guilds = guildSnowflakes(options.guilds ?? 1).map((id) => ({ id, channelId: snowflake() }));
  const { id: guildId, channelId } = guilds[0]!;
  /** The guild of every channel and thread. */
  const channelGuild = new Map(guilds.map((g) => [g.channelId, g.id]));
  const guildOf = (channel: string) => channelGuild.get(channel) ?? guildId;
  const bot = userObject(botUserId, 'paperbot', true);
  const requests: StubRequest[] = [];
  const registeredCommands = new Map<string, Json[]>();
  const messages = new Map<string, APIMessage>();
  const interactions = new Map<string, InteractionState>();
  const waiters = new Set<() => void>();
  const sockets = new Set<Socket>();
  const connections = new Set<Connection>();
  /** Every IDENTIFY accepted, in order. */
  const identified: { shard: [number, number]; intents: number }[] = [];

  const record = (req: StubRequest) => {
    requests.push(req);
    for (const w of [...waiters]) w();
  };
  const newMessage = (channel: string, fields: Partial<APIMessage> & Json): APIMessage => {
    const m = {
      id: snowflake(),
      channel_id: channel,
      guild_id: guildOf(channel),
      author: bot,
      content: '',
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      attachments: [],
      embeds: [],
      components: [],
      pinned: false,
      type: 0,
      flags: 0,
      ...fields,
    } as unknown as APIMessage;
    messages.set(m.id, m);
    return m;
  };
  const send0 = (c: Connection, t: string, d: unknown) => c.ws.send(JSON.stringify({ op: 0, t, s: ++c.seq, d }));
  /** The connection that gets a guild's events: the newest identified one whose shard serves the guild. */
  const connectionFor = (guild: string): Connection | undefined => {
    let found: Connection | undefined;
    for (const c of connections) if (c.shard && shardOf(guild, c.shard[1]) === c.shard[0]) found = c;
    return found;
  };
  /** Sends a guild's event to its shard; returns that shard (undefined when none is connected). */
  const dispatch = (guild: string, t: string, d: unknown): number | undefined => {
    const c = connectionFor(guild);
    if (c) send0(c, t, d);
    return c?.shard?.[0];
  };
  const send = (res: ServerResponse, status: number, body?: unknown) => {
    res.writeHead(status, body === undefined ? {} : { 'content-type': 'application/json' });
    res.end(body === undefined ? undefined : JSON.stringify(body));
  };
  const apiError = (res: ServerResponse, status: number, code: number, message: string) => send(res, status, { code, message });

  const server = createServer((req, res) => {
    void handle(req, res).catch((err: unknown) => send(res, 500, { code: 0, message: String(err) }));
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });

  /** A JSON body, or a multipart one (as Discord takes uploads): `payload_json` and the files. */
  async function readBody(req: IncomingMessage): Promise<{ body: Json | undefined; files: StubFile[] }> {
    const chunks: Buffer[] = [];
    for await (const c of req) chunks.push(c as Buffer);
    const raw = Buffer.concat(chunks);
    const type = req.headers['content-type'] ?? '';
    if (!type.startsWith('multipart/form-data')) return { body: raw.length > 0 ? (JSON.parse(raw.toString('utf8')) as Json) : undefined, files: [] };
    const form = await new Response(raw, { headers: { 'content-type': type } }).formData();
    const files: StubFile[] = [];
    let body: Json | undefined;
    for (const [field, value] of form.entries()) {
      if (typeof value === 'string') {
        if (field === 'payload_json') body = JSON.parse(value) as Json;
      } else {
        files.push({ field, name: value.name, contentType: value.type, data: Buffer.from(await value.arrayBuffer()) });
      }
    }
    return { body, files };
  }

  /** The message fields of a body, with its uploaded files as attachments. */
  const withAttachments = (body: Json | undefined, files: StubFile[]): Json => {
    if (files.length === 0) return { ...body };
    const attachments = files.map((f) => {
      const id = snowflake();
      const fileUrl = `https://cdn.discordapp.test/attachments/${channelId}/${id}/${f.name}`;
      return { id, filename: f.name, size: f.data.length, content_type: f.contentType, url: fileUrl, proxy_url: fileUrl };
    });
    return { ...body, attachments };
  };

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const { body, files } = await readBody(req);
    const url = new URL(req.url ?? '/', 'http://fake');
    const p = decodeURIComponent(url.pathname).replace(/^\/api\/v10/, '');
    const auth = req.headers.authorization;
    record({ method: req.method ?? 'GET', path: p, query: url.searchParams, body, files, auth, at: Date.now() });

    let m: RegExpExecArray | null;
    if ((m = /^\/interactions\/(\d+)\/([^/]+)\/callback$/.exec(p)) && req.method === 'POST') {
      const state = interactions.get(m[1]!);
      if (!state || state.token !== m[2] || state.expired || Date.now() - state.at > LIMITS.acknowledgeMs) {
        return apiError(res, 404, 10062, 'Unknown interaction');
      }
      if (state.acknowledged) return apiError(res, 400, 40060, 'Interaction has already been acknowledged.');
      state.acknowledged = true;
      const type = Number(body?.type);
      const data = (body?.data ?? {}) as Json;
      let message: APIMessage | undefined;
      if (type === InteractionResponseType.ChannelMessageWithSource || type === InteractionResponseType.DeferredChannelMessageWithSource) {
        const flags = Number(data.flags ?? 0) | (type === InteractionResponseType.DeferredChannelMessageWithSource ? MessageFlags.Loading : 0);
        message = newMessage(state.channelId, { ...data, flags, webhook_id: applicationId, application_id: applicationId } as Json);
        state.originalId = message.id;
      }
      if (url.searchParams.get('with_response') === 'true') {
        return send(res, 200, { interaction: { id: state.id, type: 2 }, ...(message ? { resource: { type, message } } : {}) });
      }
      return send(res, 204);
    }
    if ((m = /^\/webhooks\/(\d+)\/([^/]+)(\/messages\/(@original|\d+))?$/.exec(p))) {
      const state = [...interactions.values()].find((s) => s.token === m![2]);
      if (!state || m[1] !== applicationId) return apiError(res, 404, 10015, 'Unknown Webhook');
      if (!m[3] && req.method === 'POST') {
        // As on Discord, the first follow-up after a deferral replaces the "thinking" message and keeps its visibility.
        const loading = state.originalId ? messages.get(state.originalId) : undefined;
        if (loading && (Number(loading.flags ?? 0) & MessageFlags.Loading) !== 0) {
          const replaced = { ...loading, ...withAttachments(body, files), flags: Number(loading.flags) & ~MessageFlags.Loading } as APIMessage;
          messages.set(loading.id, replaced);
          return send(res, 200, replaced);
        }
        const msg = newMessage(state.channelId, { ...withAttachments(body, files), webhook_id: applicationId, application_id: applicationId } as Json);
        return send(res, 200, msg);
      }
      const id = m[4] === '@original' ? state.originalId : m[4];
      const existing = id ? messages.get(id) : undefined;
      if (!existing) return apiError(res, 404, 10008, 'Unknown Message');
      if (req.method === 'PATCH') {
        const updated = { ...existing, ...withAttachments(body, files), flags: Number(existing.flags ?? 0) & ~MessageFlags.Loading, edited_timestamp: new Date().toISOString() } as APIMessage;
        messages.set(existing.id, updated);
        return send(res, 200, updated);
      }
      if (req.method === 'DELETE') {
        messages.delete(existing.id);
        return send(res, 204);
      }
    }
    if (auth !== `Bot ${token}`) return apiError(res, 401, 0, '401: Unauthorized');
    if (p === '/gateway/bot') {
      const { port } = server.address() as AddressInfo;
      return send(res, 200, {
        url: `ws://127.0.0.1:${port}/gateway`,
        shards: options.recommendedShards ?? 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: options.maxConcurrency ?? 1 },
      });
    }
    if (p === '/applications/@me') return send(res, 200, { id: applicationId, name: 'paperbot', flags: 0, bot_public: true });
    if ((m = /^\/applications\/(\d+)(\/guilds\/(\d+))?\/commands$/.exec(p)) && req.method === 'PUT') {
      if (m[1] !== applicationId) return apiError(res, 404, 10002, 'Unknown Application');
      const list = (Array.isArray(body) ? body : []) as Json[];
      const saved = list.map((c) => ({ ...c, id: snowflake(), application_id: applicationId, version: snowflake() }));
      registeredCommands.set(m[3] ? `guild:${m[3]}` : 'global', saved);
      return send(res, 200, saved);
    }
    if ((m = /^\/channels\/(\d+)\/typing$/.exec(p))) return send(res, 204);
    if ((m = /^\/channels\/(\d+)$/.exec(p)) && req.method === 'GET') {
      const guild = guilds.find((g) => g.channelId === m![1]);
      if (!guild) return apiError(res, 404, 10003, 'Unknown Channel');
      return send(res, 200, { id: guild.channelId, type: 0, guild_id: guild.id, name: 'papers', position: 0, permission_overwrites: [], nsfw: false, parent_id: null });
    }
    if ((m = /^\/channels\/(\d+)\/messages$/.exec(p)) && req.method === 'POST') {
      return send(res, 200, newMessage(m[1]!, { ...withAttachments(body, files), ...(body?.message_reference ? { type: 19 } : {}) } as Json));
    }
    return apiError(res, 404, 0, `404: Not Found (${req.method} ${p})`);
  }

  const guildCreate = (conn: Connection, g: { id: string; channelId: string }) =>
    send0(conn, 'GUILD_CREATE', {
      id: g.id,
      name: 'Test guild',
      icon: null,
      owner_id: snowflake(),
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      roles: [{ id: g.id, name: '@everyone', color: 0, hoist: false, position: 0, permissions: '0', managed: false, mentionable: false, flags: 0 }],
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      joined_at: new Date().toISOString(),
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [],
      channels: [{ id: g.channelId, type: 0, guild_id: g.id, name: 'papers', position: 0, permission_overwrites: [], nsfw: false, parent_id: null, topic: null, last_message_id: null, rate_limit_per_user: 0 }],
      threads: [],
      presences: [],
      max_members: 100,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      safety_alerts_channel_id: null,
    });

  const wss = new WebSocketServer({ server, path: '/gateway' });
  wss.on('connection', (ws) => {
    const conn: Connection = { ws, seq: 0, intents: 0 };
    connections.add(conn);
    ws.on('close', () => connections.delete(conn));
    ws.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    ws.on('message', (data) => {
      const payload = JSON.parse(String(data)) as { op: number; d: Json };
      if (payload.op === 1) ws.send(JSON.stringify({ op: 11 }));
      if (payload.op !== 2) return;
      if (String(payload.d.token) !== token) return ws.close(4004, 'Authentication failed');
      const [id, count] = Array.isArray(payload.d.shard) ? (payload.d.shard as number[]).map(Number) : [0, 1];
      if (id === undefined || count === undefined || !(id >= 0 && id < count)) return ws.close(4010, 'Invalid shard');
      conn.shard = [id, count];
      conn.intents = Number(payload.d.intents);
      identified.push({ shard: conn.shard, intents: conn.intents });
      const served = guilds.filter((g) => shardOf(g.id, count) === id);
      const { port } = server.address() as AddressInfo;
      send0(conn, 'READY', {
        v: 10,
        user: { ...bot, verified: true, mfa_enabled: false, flags: 0 },
        guilds: served.map((g) => ({ id: g.id, unavailable: true })),
        session_id: `fake-session-${id}`,
        resume_gateway_url: `ws://127.0.0.1:${port}/gateway`,
        application: { id: applicationId, flags: 0 },
        shard: [id, count],
      });
      for (const g of served) guildCreate(conn, g);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const member = (user: ReturnType<typeof userObject>) => ({
    user,
    roles: [],
    joined_at: new Date().toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    permissions: '2248473465835073',
  });
  const baseInteraction = (type: number, user: ReturnType<typeof userObject>, channel = channelId) => {
    const state: InteractionState = { id: snowflake(), token: `itoken-${snowflake()}-abcdefghijklmnopqrstuvwxyz`, channelId: channel, at: Date.now(), acknowledged: false, expired: false };
    interactions.set(state.id, state);
    const guild = guildOf(channel);
    return {
      state,
      guild,
      payload: {
        id: state.id,
        application_id: applicationId,
        type,
        token: state.token,
        version: 1,
        guild_id: guild,
        channel_id: channel,
        channel: { id: channel, type: 0, guild_id: guild, name: 'papers' },
        member: member(user),
        app_permissions: '2248473465835073',
        locale: 'en-US',
        guild_locale: 'en-US',
        entitlements: [],
        authorizing_integration_owners: { 0: guild },
        context: 0,
        attachment_size_limit: 8_388_608,
      },
    };
  };

  return {
    restUrl: `http://127.0.0.1:${port}/api`,
    token,
    applicationId,
    botUserId,
    guildId,
    channelId,
    /** Every guild served with its channel (the first is `guildId` and `channelId`). */
    guilds,
    requests,
    registeredCommands,
    /** The intents of the latest IDENTIFY. */
    get intents() {
      return identified.at(-1)?.intents;
    },
    /** Every IDENTIFY accepted, in order, with its shard. */
    identified,
    /** The shards connected now (`[id, count]`), in the order they connected. */
    connectedShards(): [number, number][] {
      return [...connections].flatMap((c) => (c.shard ? [c.shard] : []));
    },
    /**
     * Dispatches a slash command, autocomplete or button interaction in `channelId` (default: the first
     * guild's channel) to the shard serving its guild; `expired` makes its callback fail with 10062.
     */
    sendInteraction(i: {
      kind: 'command' | 'autocomplete' | 'button';
      user: ReturnType<typeof userObject>;
      name?: string;
      options?: APIApplicationCommandInteractionDataOption[];
      customId?: string;
      message?: APIMessage;
      expired?: boolean;
      channelId?: string;
    }): SentInteraction {
      const type = i.kind === 'command' ? 2 : i.kind === 'autocomplete' ? 4 : 3;
      const { state, guild, payload } = baseInteraction(type, i.user, i.channelId);
      state.expired = i.expired ?? false;
      const data =
        i.kind === 'button'
          ? { custom_id: i.customId, component_type: 2 }
          : { id: snowflake(), name: i.name, type: 1, options: i.options ?? [], guild_id: guild };
      const shard = dispatch(guild, 'INTERACTION_CREATE', { ...payload, data, ...(i.message ? { message: i.message } : {}) });
      return { id: state.id, token: state.token, at: state.at, shard };
    },
    /**
     * Dispatches a user's message to the shard serving its guild; without the MessageContent intent
     * its content is hidden unless it mentions the bot.
     */
    sendMessage(m: { user: ReturnType<typeof userObject>; content: string; channelId?: string; replyTo?: string; mentionsBot: boolean }): APIMessage {
      const channel = m.channelId ?? channelId;
      const guild = guildOf(channel);
      const intents = connectionFor(guild)?.intents ?? 0;
      const readable = m.mentionsBot || (intents & GatewayIntentBits.MessageContent) !== 0;
      const msg = newMessage(channel, {
        author: m.user,
        content: m.content,
        mentions: m.mentionsBot ? [bot] : [],
        ...(m.replyTo ? { type: 19, message_reference: { type: 0, message_id: m.replyTo, channel_id: channel, guild_id: guild } } : {}),
      } as Json);
      dispatch(guild, 'MESSAGE_CREATE', { ...msg, content: readable ? m.content : '', member: member(m.user) });
      return msg;
    },
    /** Starts a public thread on a message (the thread gets the message's id, as on Discord). */
    createThread(messageId: string, owner: ReturnType<typeof userObject>): string {
      const parent = messages.get(messageId)?.channel_id ?? channelId;
      const guild = guildOf(parent);
      channelGuild.set(messageId, guild);
      dispatch(guild, 'THREAD_CREATE', {
        id: messageId,
        guild_id: guild,
        parent_id: parent,
        owner_id: owner.id,
        type: 11,
        name: 'follow-ups',
        last_message_id: null,
        rate_limit_per_user: 0,
        message_count: 0,
        member_count: 1,
        thread_metadata: { archived: false, auto_archive_duration: 1440, archive_timestamp: new Date().toISOString(), locked: false },
        newly_created: true,
      });
      return messageId;
    },
    waitForRequest(pred: (r: StubRequest) => boolean, timeoutMs = 10_000): Promise<StubRequest> {
      return new Promise((resolve, reject) => {
        const check = () => {
          const hit = requests.find(pred);
          if (!hit) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(hit);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error('timed out waiting for a request'));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    message(id: string): APIMessage | undefined {
      return messages.get(id);
    },
    messagesIn(channel: string): APIMessage[] {
      return [...messages.values()].filter((m) => m.channel_id === channel);
    },
    async close(): Promise<void> {
      for (const c of wss.clients) c.terminate();
      wss.close();
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

export type DiscordStub = Awaited<ReturnType<typeof startDiscordStub>>;