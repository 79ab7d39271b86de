# One-off: regenerates src/main/resources/org/sitrep/web/countries-110m.tsv (see its .NOTICE).
# One-off: world-atlas countries-110m TopoJSON -> equirectangular SVG paths, one country a line.
import json, sys
t = json.load(open('world-atlas-2.0.2/package/countries-110m.json'))
codes = {c['ccn3']: c['cca3'] for c in json.load(open('world-countries-5.1.0/package/countries.json')) if c.get('ccn3')}
sx, sy = t['transform']['scale']; tx, ty = t['transform']['translate']
arcs = []
for arc in t['arcs']:
    x = y = 0; pts = []
    for dx, dy in arc:
        x += dx; y += dy
        pts.append((x * sx + tx, y * sy + ty))
    arcs.append(pts)
def ring(idx):
    pts = []
    for i in idx:
        a = arcs[i] if i >= 0 else arcs[~i][::-1]
        pts.extend(a if not pts else a[1:])
    return pts
def path(rings):
    out = []
    for r in rings:
        pts = ring(r); prev = None; seg = []
        if any(abs(a[0] - b[0]) > 180 for a, b in zip(pts, pts[1:])):
            # The ring crosses the antimeridian: continue it east of 180 (the viewBox clips the rest).
            pts = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in pts]
        for lon, lat in pts:
            p = (round(lon + 180, 1), round(90 - lat, 1))
            if p != prev: seg.append('%g %g' % p); prev = p
        if len(seg) > 2: out.append('M' + 'L'.join(seg) + 'Z')
    return ''.join(out)
out = sys.stdout
for g in t['objects']['countries']['geometries']:
    polys = g['arcs'] if g['type'] == 'MultiPolygon' else [g['arcs']]
    d = ''.join(path(p) for p in polys)
    code = codes.get(g.get('id'), '-')
    if code == 'ATA': continue  # below the map's southern edge
    out.write('%s\t%s\t%s\n' % (code, g['properties']['name'], d))
