import { mkdir, readdir, readFile, symlink, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type Endpoint, listTree, put, startEndpoint } from "./helpers.js";

let endpoint: Endpoint | undefined;
afterEach(async () => {
  await endpoint?.close();
  endpoint = undefined;
});

describe("upload names (traversal battery)", () => {
  it.each([
    ["../x", 400],
    ["..\\x", 400],
    ["..", 400],
    [".", 400],
    ["a/../../x", 400],
    ["/etc/x", 400],
    ["C:\\x", 400],
    ["C:x", 400],
    ["\\\\server\\share\\x", 400],
    ["//server/share/x", 400],
    ["x\u0000.txt", 400],
    ["x\n.txt", 400],
    ["x.txt.", 400],
    ["x.txt ", 400],
    ["\u2215etc\u2215x", 400],
    ["\uff0e\uff0e\uff0fx", 400],
    ["../uploads-sibling/x", 400],
    ["a".repeat(300), 400],
  ])("refuses %j with %i and writes nothing", async (name, status) => {
    endpoint = await startEndpoint();
    const before = await listTree(endpoint.root);
    const response = await put(endpoint.base, endpoint.signed(name), "pwned");
    expect(response.status).toBe(status);
    expect(await listTree(endpoint.root)).toEqual(before);
  });

  it.each(["%2e%2e", "%252e%252e%252fx", "%2e%2e%2fx"])(
    "stores the percent-looking name %j literally, inside the upload dir",
    async (name) => {
      endpoint = await startEndpoint();
      // Signed as the literal name: it is decoded exactly once, from the query string.
      const response = await put(endpoint.base, endpoint.signed(name), "data");
      expect(response.status).toBe(200);
      expect(await listTree(endpoint.root)).toEqual(["uploads", `uploads/${name}`]);
    },
  );

  it("decodes a percent-encoded '..' only once, and refuses it", async () => {
    endpoint = await startEndpoint();
    const url = endpoint.signed("..").replace("f=..", "f=%2e%2e");
    expect((await put(endpoint.base, url)).status).toBe(400);
    expect(await listTree(endpoint.root)).toEqual([]);
  });

  it("never writes into a sibling directory whose name starts with the upload dir's", async () => {
    endpoint = await startEndpoint();
    const sibling = `${endpoint.uploadDir}-sibling`;
    await mkdir(sibling);
    for (const name of ["../uploads-sibling/x", "-sibling/x", "..\\uploads-sibling\\x"])
      expect((await put(endpoint.base, endpoint.signed(name))).status).toBe(400);
    expect(await listTree(sibling)).toEqual([]);
  });

  it("refuses to write through a symlink pointing out, and leaves its target alone", async () => {
    endpoint = await startEndpoint();
    const outside = join(endpoint.root, "outside.txt");
    await writeFile(outside, "original");
    await mkdir(endpoint.uploadDir, { recursive: true });
    await symlink(outside, join(endpoint.uploadDir, "link.txt"));
    await symlink(endpoint.root, join(endpoint.uploadDir, "dirlink"));
    expect((await put(endpoint.base, endpoint.signed("link.txt"), "pwned")).status).toBe(409);
    expect((await put(endpoint.base, endpoint.signed("dirlink"), "pwned")).status).toBe(409);
    expect(await readFile(outside, "utf8")).toBe("original");
    expect((await readdir(endpoint.uploadDir)).sort()).toEqual(["dirlink", "link.txt"]);
  });

  it("follows an upload dir that is itself a symlink, and stays inside its target", async () => {
    endpoint = await startEndpoint();
    const real = join(endpoint.root, "real");
    await mkdir(real);
    await symlink(real, endpoint.uploadDir);
    expect((await put(endpoint.base, endpoint.signed("a.txt"), "ok")).status).toBe(200);
    expect(await listTree(real)).toEqual(["a.txt"]);
  });
});

describe("size limit", () => {
  it("answers 413 before reading when Content-Length says too much", async () => {
    endpoint = await startEndpoint({ maxUploadSize: 1000 });
    const url = endpoint.signed("big.bin");
    const response = await put(endpoint.base, url, "x".repeat(10), {
      contentLength: 5000,
      stallAfter: 10,
    });
    expect(response.status).toBe(413);
    expect(await listTree(endpoint.uploadDir)).toEqual([]);
  });

  it("counts bytes without Content-Length: 413 and no partial file", async () => {
    endpoint = await startEndpoint({ maxUploadSize: 1000 });
    const response = await put(endpoint.base, endpoint.signed("big.bin"), Buffer.alloc(5000, 1), {
      chunked: true,
    });
    expect(response.status).toBe(413);
    expect(await listTree(endpoint.uploadDir)).toEqual([]);
  });

  it("accepts exactly the limit, with and without Content-Length", async () => {
    endpoint = await startEndpoint({ maxUploadSize: 1000 });
    const body = Buffer.alloc(1000, 2);
    expect((await put(endpoint.base, endpoint.signed("a.bin"), body)).status).toBe(200);
    expect(
      (await put(endpoint.base, endpoint.signed("b.bin"), body, { chunked: true })).status,
    ).toBe(200);
    expect((await readFile(join(endpoint.uploadDir, "b.bin"))).length).toBe(1000);
  });

  it("applies the smaller of the signed limit and the server's", async () => {
    endpoint = await startEndpoint({ maxUploadSize: 1000 });
    const url = endpoint.signed("c.bin", { maxBytes: 100 });
    expect((await put(endpoint.base, url, Buffer.alloc(101), { chunked: true })).status).toBe(413);
    expect(await listTree(endpoint.uploadDir)).toEqual([]);
  });

  it("streams a large file within an unlimited limit", async () => {
    endpoint = await startEndpoint({ maxUploadSize: 8 * 1024 * 1024 });
    const body = Buffer.alloc(3 * 1024 * 1024, 7);
    expect(
      (await put(endpoint.base, endpoint.signed("large.bin"), body, { chunked: true })).status,
    ).toBe(200);
    expect((await readFile(join(endpoint.uploadDir, "large.bin"))).equals(body)).toBe(true);
  });
});

describe("stalled and broken uploads", () => {
  it("cuts off an upload that stalls, and removes the partial file", async () => {
    endpoint = await startEndpoint({ idleTimeout: 200 });
    const started = Date.now();
    const response = await put(endpoint.base, endpoint.signed("slow.bin"), Buffer.alloc(100), {
      contentLength: 1000,
      stallAfter: 100,
    });
    expect(response.status).toBe(408);
    expect(Date.now() - started).toBeGreaterThanOrEqual(150);
    expect(await listTree(endpoint.uploadDir)).toEqual([]);
  });

  it("removes the partial file when the client goes away mid-upload", async () => {
    endpoint = await startEndpoint({ idleTimeout: 5_000 });
    const { request } = await import("node:http");
    const url = new URL(endpoint.base);
    const req = request({
      host: url.hostname,
      port: url.port,
      path: endpoint.signed("cut.bin"),
      method: "PUT",
      headers: { "Content-Length": "100000" },
    });
    req.on("error", () => {});
    req.write(Buffer.alloc(5000));
    const dir = endpoint.uploadDir;
    // Wait until the partial file exists, then cut the connection.
    for (let i = 0; i < 100 && (await listTree(dir)).length === 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect((await listTree(dir)).every((name) => name.startsWith(".flet-upload-"))).toBe(true);
    req.destroy();
    for (let i = 0; i < 100 && (await listTree(dir)).length > 0; i++)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await listTree(dir)).toEqual([]);
  });

  it("never shows a partial file under the final name", async () => {
    endpoint = await startEndpoint({ idleTimeout: 300 });
    const pending = put(endpoint.base, endpoint.signed("final.bin"), Buffer.alloc(100), {
      contentLength: 1000,
      stallAfter: 100,
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await listTree(endpoint.uploadDir)).not.toContain("final.bin");
    expect((await pending).status).toBe(408);
    expect(await listTree(endpoint.uploadDir)).toEqual([]);
  });
});
