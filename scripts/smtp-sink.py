#!/usr/bin/env python3
"""A tiny SMTP server on 127.0.0.1 for tests (Python's smtpd is gone in 3.12): it accepts every message and writes
each one, as received after the DATA command (dot-unstuffed), to DIR/N.eml. It prints its port on the first line of
stdout and stops after TIMEOUT seconds or MAX messages, whichever comes first.

    scripts/smtp-sink.py DIR [--timeout 60] [--max 10]
"""
import argparse
import asyncio
import os
import sys

parser = argparse.ArgumentParser()
parser.add_argument("directory")
parser.add_argument("--timeout", type=float, default=60)
parser.add_argument("--max", type=int, default=10)
options = parser.parse_args()
received = 0
done = None


async def session(reader, writer):
    global received

    def reply(line):
        writer.write((line + "\r\n").encode("ascii"))

    reply("220 smtp-sink ESMTP")
    envelope = {"from": None, "to": []}
    while True:
        line = await reader.readline()
        if not line:
            break
        command = line.decode("utf-8", "replace").strip()
        verb = command.split(" ", 1)[0].upper()
        if verb in ("EHLO", "HELO"):
            reply("250-smtp-sink" if verb == "EHLO" else "250 smtp-sink")
            if verb == "EHLO":
                reply("250-8BITMIME")
                reply("250 SMTPUTF8")
        elif verb == "MAIL":
            envelope = {"from": command[10:], "to": []}
            reply("250 OK")
        elif verb == "RCPT":
            envelope["to"].append(command[8:])
            reply("250 OK")
        elif verb == "DATA":
            reply("354 end with <CRLF>.<CRLF>")
            await writer.drain()
            lines = []
            while True:
                data = await reader.readline()
                if not data or data in (b".\r\n", b".\n"):
                    break
                lines.append(data[1:] if data.startswith(b"..") else data)
            received += 1
            path = os.path.join(options.directory, f"{received}.eml")
            with open(path + ".tmp", "wb") as f:
                f.write(b"".join(lines))
            with open(path + ".envelope", "w") as f:
                f.write(f"{envelope['from']}\n" + "\n".join(envelope["to"]) + "\n")
            os.replace(path + ".tmp", path)
            reply("250 OK queued")
            if received >= options.max and not done.done():
                done.set_result(True)
        elif verb == "RSET":
            reply("250 OK")
        elif verb == "NOOP":
            reply("250 OK")
        elif verb == "QUIT":
            reply("221 bye")
            await writer.drain()
            break
        else:
            reply("502 not implemented")
        await writer.drain()
    writer.close()


async def main():
    global done
    done = asyncio.get_running_loop().create_future()
    server = await asyncio.start_server(session, "127.0.0.1", 0)
    print(server.sockets[0].getsockname()[1], flush=True)
    try:
        await asyncio.wait_for(done, options.timeout)
    except asyncio.TimeoutError:
        pass
    server.close()


asyncio.run(main())
sys.exit(0)
