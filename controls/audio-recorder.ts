import {
  Control,
  ControlEvent,
  type ControlOptions,
  control,
  defineCheck,
  type EventHandler,
  enumValues,
  event,
  prop,
} from "flet-ts/pack";
import { invalidCall } from "./invalid-call.js";

/** How an {@link AudioRecorder} encodes what it records (Flet's `AudioEncoder`). */
export const AudioEncoder = {
  AACLC: "aacLc",
  AACELD: "aacEld",
  AACHE: "aacHe",
  AMRNB: "amrNb",
  AMRWB: "amrWb",
  OPUS: "opus",
  FLAC: "flac",
  /** 16-bit PCM in a WAV file: recorded in every browser. Flet's default. */
  WAV: "wav",
} as const;
/** One of {@link AudioEncoder}. */
export type AudioEncoder = (typeof AudioEncoder)[keyof typeof AudioEncoder];

/** The states an {@link AudioRecorder} reports in `onStateChanged`. */
export const AudioRecorderState = {
  RECORDING: "recording",
  PAUSED: "paused",
  STOPPED: "stopped",
} as const;
/** One of {@link AudioRecorderState}. */
export type AudioRecorderState = (typeof AudioRecorderState)[keyof typeof AudioRecorderState];

const STATES = new Set<string>(Object.values(AudioRecorderState));

/**
 * An {@link AudioRecorder}'s new state: handed to `onStateChanged`.
 *
 * @example
 * ```ts
 * recorder.onStateChanged = (e) => { label.value = e.state; };
 * ```
 */
export class AudioRecorderStateChangeEvent extends ControlEvent<AudioRecorder> {
  /** `recording`, `paused` or `stopped`. */
  readonly state: AudioRecorderState;

  constructor(control: AudioRecorder, name: string, data?: unknown) {
    super(control, name, data);
    const state = String(data ?? "");
    this.state = (STATES.has(state) ? state : AudioRecorderState.STOPPED) as AudioRecorderState;
  }
}

const whole = (min: number, max: number, what: string) =>
  defineCheck((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, what);

/** Where a recording goes: `outputPath` in the app's upload directory, or a blob URL. */
interface Pending {
  readonly outputPath?: string;
  readonly uploadUrl?: string;
}

/**
 * Flet's AudioRecorder: records the microphone in the browser (put it in `page.overlay`;
 * it draws nothing). `startRecording("memo.wav")` asks the user for the microphone the
 * first time (the browser's prompt) and starts; `stopRecording()` stops and uploads the
 * recording into the app's upload directory as `memo.wav` (the `uploadDir` option or
 * `FLET_UPLOAD_DIR`, through the same signed upload URLs as FilePicker), resolving with
 * that name once it is stored. Without an `outputPath` the recording stays in the browser
 * and `stopRecording()` resolves with its `blob:` URL, which an {@link Audio} on the same
 * page can play (as Flet does on the web).
 *
 * `wav` (Flet's default) records 16-bit PCM in every browser; `opus` and the AAC encoders
 * use the browser's MediaRecorder where it has them (`isSupportedEncoder()` says);
 * `amrNb`, `amrWb` and `flac` no browser records. A microphone the user refused, or an
 * encoder the browser lacks, rejects `startRecording()` with `FLET_ERR_CALL_FAILED` and
 * a message saying so; without an upload directory, `startRecording(outputPath)` throws
 * `FLET_ERR_CONFIG_INVALID` before anything is recorded.
 *
 * @example
 * ```ts
 * const recorder = new ft.AudioRecorder({
 *   onStateChanged: (e) => console.log(e.state),
 * });
 * page.overlay.push(recorder);
 * page.add(
 *   new ft.ElevatedButton("Record", { onClick: () => recorder.startRecording("memo.wav") }),
 *   new ft.ElevatedButton("Stop", { onClick: async () => console.log(await recorder.stopRecording()) }),
 * );
 * ```
 */
@control("audiorecorder")
export class AudioRecorder extends Control {
  #pending: Pending | undefined;

  /** Makes a recorder. @param options - Its properties and handlers. */
  constructor(options?: ControlOptions<AudioRecorder>) {
    super(options);
  }

  /** How the recording is encoded. Default `wav`. */
  @prop({ kind: "enum", values: enumValues(AudioEncoder), default: AudioEncoder.WAV })
  accessor audioEncoder: AudioEncoder | undefined;
  /** Asks the browser to suppress background noise. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor suppressNoise: boolean | undefined;
  /** Asks the browser to cancel echo (the speakers heard by the microphone). Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor cancelEcho: boolean | undefined;
  /** Asks the browser to level the loudness. Default `false`. */
  @prop({ kind: "boolean", default: false }) accessor autoGain: boolean | undefined;
  /** Bits per second of a compressed recording (`opus`, AAC). Default 128000. */
  @prop({ kind: "number", default: 128000, check: whole(8000, 1_024_000, "8000 to 1024000") })
  accessor bitRate: number | undefined;
  /** Samples per second (the microphone's rate when the browser cannot). Default 44100. */
  @prop({ kind: "number", default: 44100, check: whole(8000, 192_000, "8000 to 192000") })
  accessor sampleRate: number | undefined;
  /** 1 (mono) or 2 (stereo). Default 2. */
  @prop({ kind: "number", default: 2, check: whole(1, 2, "1 or 2") })
  accessor channelsNum: number | undefined;

  /** Recording started, paused, resumed or stopped. */
  @event({ type: AudioRecorderStateChangeEvent }) accessor onStateChanged:
    | EventHandler<AudioRecorderStateChangeEvent>
    | undefined;

  /**
   * Starts recording (asking for the microphone the first time). With `outputPath`, the
   * recording is uploaded as that file into the app's upload directory on stop.
   * @throws `FletError` `FLET_ERR_CONFIG_INVALID` when `outputPath` is given and the app
   * has no upload directory; `FLET_ERR_PROP_INVALID_VALUE` (as a rejection) for an empty
   * `outputPath`; `FLET_ERR_CALL_FAILED` (as a rejection) when the microphone is refused
   * or the encoder is not recorded by this browser.
   */
  startRecording(outputPath?: string): Promise<void> {
    if (outputPath !== undefined && (typeof outputPath !== "string" || outputPath === ""))
      return invalidCall(
        "startRecording",
        `Expected AudioRecorder.startRecording() to get a file name (or nothing), but got ${JSON.stringify(outputPath)}.`,
      );
    const uploadUrl =
      outputPath === undefined ? undefined : this.page.getUploadUrl(outputPath, 24 * 3600);
    return this.invoke("startRecording").then(() => {
      this.#pending = { outputPath, uploadUrl };
    });
  }

  /**
   * Stops recording. Resolves with the `outputPath` the recording was uploaded as (once
   * it is stored), or its `blob:` URL in the browser when none was given; `undefined`
   * when nothing was recording.
   * @throws `FletError` `FLET_ERR_CALL_FAILED` (as a rejection) when the upload failed.
   */
  stopRecording(): Promise<string | undefined> {
    const pending = this.#pending;
    this.#pending = undefined;
    return this.invoke(
      "stopRecording",
      pending?.uploadUrl ? { uploadUrl: pending.uploadUrl } : {},
    ).then((answer) => {
      if (typeof answer !== "string" || answer === "") return undefined;
      return pending?.outputPath ?? answer;
    });
  }

  /** Pauses recording; `resumeRecording()` goes on in the same recording. */
  pauseRecording(): Promise<void> {
    return this.invoke("pauseRecording").then(() => undefined);
  }

  /** Goes on recording after `pauseRecording()`. */
  resumeRecording(): Promise<void> {
    return this.invoke("resumeRecording").then(() => undefined);
  }

  /** Whether it is recording (paused counts). */
  isRecording(): Promise<boolean> {
    return this.invoke("isRecording").then((value) => value === true);
  }

  /** Whether the recording is paused. */
  isPaused(): Promise<boolean> {
    return this.invoke("isPaused").then((value) => value === true);
  }

  /** Whether this browser records with `encoder`. */
  isSupportedEncoder(encoder: AudioEncoder): Promise<boolean> {
    if (!Object.values(AudioEncoder).includes(encoder))
      return invalidCall(
        "isSupportedEncoder",
        `Expected AudioRecorder.isSupportedEncoder() to get one of ${Object.values(AudioEncoder).join(", ")}, but got ${JSON.stringify(encoder)}.`,
      );
    return this.invoke("isSupportedEncoder", { encoder }).then((value) => value === true);
  }

  /**
   * Whether the app may use the microphone; asks the user (the browser's prompt) when
   * they have not decided yet, as Flet's does.
   */
  hasPermission(): Promise<boolean> {
    return this.invoke("hasPermission").then((value) => value === true);
  }

  /**
   * The microphones, by device id: their labels (empty before the user has allowed the
   * microphone, as browsers hide them until then).
   */
  getInputDevices(): Promise<Record<string, string>> {
    return this.invoke("getInputDevices").then((value) =>
      value !== null && typeof value === "object" ? (value as Record<string, string>) : {},
    );
  }
}
