import json, glob, os, sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__))))
from common import detect_numbering
d = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
bad = 0
for lf in sorted(glob.glob(os.path.join(d, '*.labels.json'))):
    name = os.path.basename(lf)[:-len('.labels.json')]
    lab = json.load(open(lf, encoding='utf-8'))
    raw = open(os.path.join(d, name + '.txt'), encoding='utf-8').read()
    assert raw.endswith('\n') and not raw.endswith('\n\n'), name
    lines = raw[:-1].split('\n')
    assert all(l.strip() for l in lines), (name, 'empty line')
    assert lab['line_count'] == len(lines), name
    for h in lab['headings']:
        if h['text'] not in lines[h['line'] - 1]:
            print('TEXT NOT IN LINE', name, h['line'], h['text']); bad += 1
    for p in lab['phases']:
        near = ''.join(lines[p['line'] - 1:p['line'] + 1])
        for k in ('start_text', 'end_text'):
            if p[k] is not None and p[k] not in near:
                print('PHASE DATE NOT NEAR', name, p); bad += 1
    if lab['title'] is not None:
        assert lab['title_lines'], name
    labelled = {h['line'] for h in lab['headings']} | set(lab.get('title_lines', []))
    for i, l in enumerate(lines, 1):
        if i not in labelled and detect_numbering(l)[1] != 'none':
            print('REVIEW unlabelled marker line', name, i, l[:40])
print('problems:', bad)
