/**
 * `audiorecorder`: records the microphone (getUserMedia) as WAV (16-bit PCM, captured
 * from Web Audio) or with the browser's MediaRecorder (opus, AAC), and on stop uploads
 * the file to the signed URL the server gave, or hands back a `blob:` URL. Draws nothing.
 * @module
 */
import type { RenderContext } from "flet-ts/browser";
import type { MaterialRenderer } from "./define.js";

type Props = Readonly<Record<string, unknown>>;

/** The MediaRecorder types of the encoders a browser may record (WAV is recorded here). */
const TYPES: Readonly<Record<string, readonly string[]>> = {
  opus: ["audio/webm;codecs=opus", "audio/ogg;codecs=opus"],
  aacLc: ["audio/mp4;codecs=mp4a.40.2"],
  aacHe: ["audio/mp4;codecs=mp4a.40.5"],
  aacEld: ["audio/mp4;codecs=mp4a.40.39"],
  amrNb: ["audio/amr"],
  amrWb: ["audio/amr-wb"],
  flac: ["audio/flac"],
};

/** A recording under way. */
interface Take {
  readonly stream: MediaStream;
  /** MediaRecorder's recording (opus, AAC). */
  readonly recorder?: MediaRecorder;
  readonly parts: Blob[];
  /** Web Audio's capture (WAV): the channels' samples, and the graph to close. */
  pcm?: { channels: Float32Array[][]; context: AudioContext; rate: number };
  paused: boolean;
}

interface Host extends HTMLDivElement {
  fletCtx?: RenderContext;
  fletTake?: Take;
  fletUrl?: string;
}

/** The MediaRecorder type this browser records `encoder` with, if any. */
function mediaType(encoder: string): string | undefined {
  if (typeof MediaRecorder === "undefined") return undefined;
  return TYPES[encoder]?.find((type) => MediaRecorder.isTypeSupported(type));
}

function supported(encoder: string): boolean {
  return encoder === "wav" ? typeof AudioContext === "function" : mediaType(encoder) !== undefined;
}

function constraints(p: Props): MediaTrackConstraints {
  return {
    autoGainControl: p.autoGain === true,
    echoCancellation: p.cancelEcho === true,
    noiseSuppression: p.suppressNoise === true,
    channelCount: typeof p.channelsNum === "number" ? p.channelsNum : 2,
    sampleRate: typeof p.sampleRate === "number" ? p.sampleRate : 44100,
  };
}

/** The microphone, or an error that says why not. */
async function microphone(p: Props): Promise<MediaStream> {
  if (!navigator.mediaDevices?.getUserMedia)
    throw new Error(
      "Expected a browser that records (navigator.mediaDevices), but this page has none: it must be served over https or from localhost.",
    );
  try {
    return await navigator.mediaDevices.getUserMedia({ audio: constraints(p) });
  } catch (error) {
    const name = (error as DOMException).name;
    if (name === "NotAllowedError" || name === "SecurityError")
      throw new Error(
        "Expected the user to allow the microphone, but it was refused (the browser's prompt, or its site settings). Ask them to allow it, then start again.",
      );
    if (name === "NotFoundError")
      throw new Error("Expected a microphone, but this device has none (or none is enabled).");
    throw error;
  }
}

/** Captures 32-bit float samples per channel from Web Audio (not while `paused()`). */
function capturePcm(
  stream: MediaStream,
  p: Props,
  paused: () => boolean,
): NonNullable<Take["pcm"]> {
  const rate = typeof p.sampleRate === "number" ? p.sampleRate : 44100;
  let context: AudioContext;
  try {
    context = new AudioContext({ sampleRate: rate });
  } catch {
    // A rate the device cannot run at: its own rate.
    context = new AudioContext();
  }
  const count = typeof p.channelsNum === "number" ? p.channelsNum : 2;
  const source = context.createMediaStreamSource(stream);
  const processor = context.createScriptProcessor(4096, count, count);
  const channels: Float32Array[][] = Array.from({ length: count }, () => []);
  const pcm = { channels, context, rate: context.sampleRate };
  processor.onaudioprocess = (event) => {
    if (paused()) return;
    for (let c = 0; c < count; c++)
      channels[c]!.push(new Float32Array(event.inputBuffer.getChannelData(c)));
  };
  // Connected to the output to run; it writes nothing there, so nothing is heard.
  source.connect(processor).connect(context.destination);
  return pcm;
}

/** 16-bit PCM WAV bytes of interleaved channels. */
export function wavBytes(channels: readonly Float32Array[][], rate: number): ArrayBuffer {
  const count = channels.length;
  const frames = channels[0]?.reduce((sum, chunk) => sum + chunk.length, 0) ?? 0;
  const data = frames * count * 2;
  const buffer = new ArrayBuffer(44 + data);
  const view = new DataView(buffer);
  const text = (at: number, value: string) => {
    for (let i = 0; i < value.length; i++) view.setUint8(at + i, value.charCodeAt(i));
  };
  text(0, "RIFF");
  view.setUint32(4, 36 + data, true);
  text(8, "WAVEfmt ");
  view.setUint32(16, 16, true);
  view.setUint16(20, 1, true); // PCM
  view.setUint16(22, count, true);
  view.setUint32(24, rate, true);
  view.setUint32(28, rate * count * 2, true);
  view.setUint16(32, count * 2, true);
  view.setUint16(34, 16, true);
  text(36, "data");
  view.setUint32(40, data, true);
  const flat = channels.map((chunks) => {
    const all = new Float32Array(frames);
    let at = 0;
    for (const chunk of chunks) {
      all.set(chunk, at);
      at += chunk.length;
    }
    return all;
  });
  let offset = 44;
  for (let i = 0; i < frames; i++)
    for (let c = 0; c < count; c++) {
      const sample = Math.max(-1, Math.min(1, flat[c]![i]!));
      view.setInt16(offset, sample < 0 ? sample * 0x8000 : sample * 0x7fff, true);
      offset += 2;
    }
  return buffer;
}

function setState(host: Host, state: string): void {
  host.fletCtx?.send("stateChanged", state);
}

async function start(host: Host): Promise<boolean> {
  const p = host.fletCtx?.props ?? {};
  if (host.fletTake) return true;
  const encoder = typeof p.audioEncoder === "string" ? p.audioEncoder : "wav";
  if (!supported(encoder))
    throw new Error(
      `Expected an encoder this browser records (${Object.keys(TYPES)
        .concat("wav")
        .filter(supported)
        .join(", ")}), but got "${encoder}". Pick one of those, or ask isSupportedEncoder() first.`,
    );
  const stream = await microphone(p);
  const parts: Blob[] = [];
  if (encoder === "wav") {
    const take: Take = { stream, parts, paused: false };
    host.fletTake = Object.assign(take, { pcm: capturePcm(stream, p, () => take.paused) });
  } else {
    const recorder = new MediaRecorder(stream, {
      mimeType: mediaType(encoder),
      audioBitsPerSecond: typeof p.bitRate === "number" ? p.bitRate : 128000,
    });
    recorder.ondataavailable = (event) => {
      if (event.data.size > 0) parts.push(event.data);
    };
    recorder.start();
    host.fletTake = { stream, parts, recorder, paused: false };
  }
  setState(host, "recording");
  return true;
}

/** Ends the take: its file as a Blob. */
async function finish(take: Take): Promise<Blob> {
  for (const track of take.stream.getTracks()) track.stop();
  if (take.pcm) {
    await take.pcm.context.close();
    return new Blob([wavBytes(take.pcm.channels, take.pcm.rate)], { type: "audio/wav" });
  }
  const recorder = take.recorder!;
  await new Promise<void>((resolve) => {
    recorder.addEventListener("stop", () => resolve(), { once: true });
    recorder.stop();
  });
  return new Blob(take.parts, { type: recorder.mimeType });
}

async function upload(blob: Blob, url: string): Promise<void> {
  const response = await fetch(url, { method: "PUT", body: blob });
  if (!response.ok)
    throw new Error(
      `Expected the recording to be stored by the server, but the upload answered ${response.status}: ${(await response.text()).trim()}`,
    );
}

function pause(host: Host, paused: boolean): boolean {
  const take = host.fletTake;
  if (!take || take.paused === paused) return false;
  take.paused = paused;
  // Web Audio's capture skips samples while paused; MediaRecorder pauses itself.
  if (paused) take.recorder?.pause();
  else take.recorder?.resume();
  setState(host, paused ? "paused" : "recording");
  return true;
}

/**
 * Draws `audiorecorder`: a hidden element; the recording lives beside it. Sends
 * `stateChanged` (`recording`, `paused`, `stopped`).
 */
export const audioRecorderRenderer: MaterialRenderer<Host> = {
  tooltip: false,
  create(ctx) {
    const host = document.createElement("div") as Host;
    host.hidden = true;
    host.fletCtx = ctx;
    return host;
  },
  update(host, ctx) {
    host.fletCtx = ctx;
    host.hidden = true;
  },
  destroy(host) {
    const take = host.fletTake;
    host.fletTake = undefined;
    if (take) void finish(take).catch(() => {});
    if (host.fletUrl) URL.revokeObjectURL(host.fletUrl);
  },
  methods: {
    startRecording: (host) => start(host),
    async stopRecording(host, args) {
      const take = host.fletTake;
      if (!take) return null;
      host.fletTake = undefined;
      const blob = await finish(take);
      setState(host, "stopped");
      if (typeof args.uploadUrl === "string") {
        await upload(blob, args.uploadUrl);
        return "uploaded";
      }
      if (host.fletUrl) URL.revokeObjectURL(host.fletUrl);
      host.fletUrl = URL.createObjectURL(blob);
      return host.fletUrl;
    },
    pauseRecording: (host) => pause(host, true),
    resumeRecording: (host) => pause(host, false),
    isRecording: (host) => host.fletTake !== undefined,
    isPaused: (host) => host.fletTake?.paused === true,
    isSupportedEncoder: (_host, args) => supported(String(args.encoder)),
    async hasPermission(host) {
      try {
        const stream = await microphone(host.fletCtx?.props ?? {});
        for (const track of stream.getTracks()) track.stop();
        return true;
      } catch {
        return false;
      }
    },
    async getInputDevices() {
      const devices = await navigator.mediaDevices?.enumerateDevices?.();
      const inputs: Record<string, string> = {};
      for (const device of devices ?? [])
        if (device.kind === "audioinput") inputs[device.deviceId] = device.label;
      return inputs;
    },
  },
};
