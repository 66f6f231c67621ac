#!/usr/bin/env python3
# SPDX-FileCopyrightText: 2026 Casebook contributors
# SPDX-License-Identifier: Apache-2.0
"""Converts an XWD window dump (xwd -id, TrueColor, ZPixmap, 24 or 32 bits a pixel) to a PNG.

The acceptance test saves what each step looked like; this needs only the standard library.
Usage: xwd2png.py IN.xwd OUT.png
"""
import struct, sys, zlib

def main(src, dst):
    data = open(src, 'rb').read()
    header = struct.unpack('>25I', data[:100])
    header_size, version, fmt, depth, width, height = header[:6]
    byte_order = header[7]
    bits_per_pixel = header[11]
    bytes_per_line = header[12]
    red_mask, green_mask, blue_mask = header[14], header[15], header[16]
    ncolors = header[19]
    offset = header_size + ncolors * 12
    bpp = bits_per_pixel // 8
    def shift(mask):
        s = 0
        while mask and not mask & 1:
            mask >>= 1; s += 1
        return s
    rs, gs, bs = shift(red_mask), shift(green_mask), shift(blue_mask)
    rows = []
    endian = '<' if byte_order == 0 else '>'
    for y in range(height):
        line = data[offset + y * bytes_per_line: offset + y * bytes_per_line + width * bpp]
        out = bytearray(b'\x00')
        if bpp == 4:
            for (p,) in struct.iter_unpack(endian + 'I', line):
                out += bytes(((p & red_mask) >> rs, (p & green_mask) >> gs, (p & blue_mask) >> bs))
        elif bpp == 3:
            for i in range(0, len(line), 3):
                b = line[i:i + 3]
                p = int.from_bytes(b, 'little' if byte_order == 0 else 'big')
                out += bytes(((p & red_mask) >> rs, (p & green_mask) >> gs, (p & blue_mask) >> bs))
        else:
            raise SystemExit('unsupported bits per pixel %d' % bits_per_pixel)
        rows.append(bytes(out))
    def chunk(kind, body):
        return struct.pack('>I', len(body)) + kind + body + struct.pack('>I', zlib.crc32(kind + body) & 0xffffffff)
    png = b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', width, height, 8, 2, 0, 0, 0))
    png += chunk(b'IDAT', zlib.compress(b''.join(rows), 6)) + chunk(b'IEND', b'')
    open(dst, 'wb').write(png)

if __name__ == '__main__':
    main(sys.argv[1], sys.argv[2])
