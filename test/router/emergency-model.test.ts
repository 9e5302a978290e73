/**
 * The learned emergency reading: deterministic training, what it learns from labelled examples,
 * the editors' examples file with errors they can act on, and how it and the hand-written cues
 * decide together in routeMessage.
 */
import { describe, expect, it } from 'vitest';
import { canonicalize } from '../../src/router/canonical.js';
import { featuresOf, trainEmergencyModel } from '../../src/router/emergency-model.js';
import { loadEmergencyModel, parseEmergencyExamples, MIN_EXAMPLES_PER_LABEL } from '../../src/router/emergency-examples.js';
import { routeMessage } from '../../src/router/route-message.js';

const labelled = (text: string, emergency: boolean) => ({ canonical: canonicalize(text), emergency });

// A toy world: being locked in is danger, a visa question is not.
const TOY = [
  ...['aku dikunci di kamar mess', 'kami dikunci di gudang', 'dia dikunci sejak kemarin', 'adik dikunci bosnya'].map((t) => labelled(t, true)),
  ...['visa kerja taiwan berapa lama', 'cara bikin visa', 'visa turis boleh kerja?', 'biaya visa korea'].map((t) => labelled(t, false)),
];

describe('trainEmergencyModel', () => {
  it('learns which words mark danger in its examples', () => {
    const model = trainEmergencyModel(TOY);
    expect(model.examples).toBe(8);
    expect(model.probability(canonicalize('suami saya dikunci di rumah majikan'))).toBeGreaterThan(0.5);
    expect(model.probability(canonicalize('visa jepang gimana'))).toBeLessThan(0.5);
  });

  it('gives the same answers for the same examples (seeded, so tests and editors can rely on it)', () => {
    const a = trainEmergencyModel(TOY);
    const b = trainEmergencyModel(TOY);
    for (const text of ['dikunci', 'visa', 'apa kabar']) expect(a.probability(canonicalize(text))).toBe(b.probability(canonicalize(text)));
  });

  it('reads words and word pairs, never a pair across a clause break', () => {
    expect(featuresOf(canonicalize('tolong saya, dikunci'))).toEqual(['tolong', 'tolong saya', 'saya', 'dikunci']);
  });

  it('stays bounded on a very long message', () => {
    const model = trainEmergencyModel(TOY);
    expect(featuresOf(canonicalize('dikunci '.repeat(50_000))).length).toBeLessThanOrEqual(2);
    expect(model.probability(canonicalize('visa '.repeat(50_000)))).toBeLessThan(0.5);
  });
});

describe('the examples file (content/routing/emergency-examples.jsonl)', () => {
  const enough = (label: boolean) => Array.from({ length: MIN_EXAMPLES_PER_LABEL }, (_, i) => JSON.stringify({ text: `${label ? 'dikunci' : 'visa'} ${i}`, emergency: label }));

  it('reports each broken line with its number and what a line must look like', () => {
    const source = [...enough(true), ...enough(false), '{"text": "halo"', '{"text": "tolong", "emergency": "ya"}', '{"text": "x", "emergency": true, "urgent": 1}'].join('\n');
    const { issues, examples } = parseEmergencyExamples(source, 'content/routing/emergency-examples.jsonl');
    expect(examples).toHaveLength(2 * MIN_EXAMPLES_PER_LABEL);
    expect(issues.map((i) => [i.line, i.severity])).toEqual([[41, 'error'], [42, 'error'], [43, 'error']]);
    expect(issues[0]?.message).toContain('not valid JSON');
    expect(issues[1]?.message).toContain('emergency: must be true or false');
    expect(issues[2]?.message).toContain('urgent');
    for (const issue of issues) expect(issue.message).toContain('{"text": "...", "emergency": true|false}');
  });

  it('warns about a text given twice and refuses a file with too few examples of one kind', () => {
    const source = [...enough(true), JSON.stringify({ text: 'visa 1', emergency: false }), JSON.stringify({ text: 'Visa 1 ', emergency: false })].join('\n');
    const { issues } = parseEmergencyExamples(source, 'x.jsonl');
    expect(issues).toContainEqual(expect.objectContaining({ line: MIN_EXAMPLES_PER_LABEL + 2, severity: 'warning', message: expect.stringContaining(`line ${MIN_EXAMPLES_PER_LABEL + 1}`) }));
    expect(issues).toContainEqual(expect.objectContaining({ line: 1, severity: 'error', message: expect.stringContaining('only 1 examples with "emergency": false') }));
  });

  it('a content folder without the file cannot load, and says which file is missing', async () => {
    await expect(loadEmergencyModel('test/fixtures/content-broken')).rejects.toThrow(/emergency-examples\.jsonl:1: missing/);
  });
});

describe('routeMessage with the model learnt from the real examples', () => {
  it('catches understated danger the hand-written cues miss, and still reads an ad as an ad', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    // Written for this test, not in the examples: no plea, no "disekap", just what happened.
    const understated = "hp adikku tiba2 mati abis dia kirim pesan 'jgn telp nomor ini lg'. dia kerja di laos";
    expect(routeMessage({ text: understated }).emergency).toBe(false);
    expect(routeMessage({ text: understated, emergencyModel }).emergency).toBe(true);
    // An embassy advisory shares the words of scam compounds; it is not a cry for help.
    const advisory = 'IMBAUAN KBRI Phnom Penh: WNI diminta waspada tawaran kerja sebagai admin/CS di Sihanoukville dan Poipet. Banyak korban penipuan online dipaksa bekerja dan tidak bisa pulang. Laporkan lowongan mencurigakan ke KP2MI 0800-1000.';
    expect(routeMessage({ text: advisory, emergencyModel }).emergency).toBe(false);
  });

  it('a bare cry for help is an emergency whatever the model says: there is nothing else to weigh', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    for (const text of ['SOS', 'tolong', 'help me']) expect(routeMessage({ text, emergencyModel }).emergency, text).toBe(true);
  });

  it('a danger that is over keeps the calm note to report rather than the emergency answer', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    const over = 'dulu tahun 2022 sy pernah disekap di myawaddy, alhamdulillah skrg udh di rumah. mau tanya cara lapor perekrutnya';
    const route = routeMessage({ text: over, emergencyModel });
    expect(route.emergency).toBe(false);
  });

  it('a fear of prosecution for scamming done in the past is a question, whatever the model makes of its words', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    const route = (text: string) => routeMessage({ text, emergencyModel });
    // The model alone reads these as danger (p > 0.7): it knows the words, not that they are over.
    expect(route('sy takut dipenjara krn dulu disuruh nipu').emergency).toBe(false);
    expect(route('aku udah pulang dari kamboja, takut ditangkap polisi karena dulu disuruh nipu orang').emergency).toBe(false);
    // Still inside, or a homecoming that is ahead and forced, is danger now.
    expect(route('sy masih di kamboja dipaksa nipu, takut dipenjara kalo pulang').emergency).toBe(true);
    expect(route('kata bos besok aku dipulangkan paksa, hp sama paspor udah diambil, ada orang jagain depan pintu').emergency).toBe(true);
  });

  it('a dream of being held is not danger, whatever the model makes of its words; a dream caused by a beating is', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    const dream = (text: string): boolean => routeMessage({ text, emergencyModel }).emergency;
    expect(dream('td sy mimpi dikurung di gedung dan gk bs pulang, jd takut mau brgkt ke luar negeri')).toBe(false);
    expect(dream('i had a nightmare that i was locked in a compound and beaten, now im scared to take the job in laos')).toBe(false);
    expect(dream('tiap malam sy mimpi buruk karena dipukul majikan terus, sy masih di rumahnya, tolong')).toBe(true);
    // A dream told first, then what is happening now.
    expect(dream('semalem aku mimpi disekap. skrg aku beneran dikurung di kamar ini, hp mau diambil, tolong')).toBe(true);
  });

  it('a wish to die said sideways is an emergency, and the model may not weigh it away; a power cut is not', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    const route = (text: string) => routeMessage({ text, emergencyModel });
    expect(route('sy kerja di taiwan, majikan marah2 trs, gaji dipotong agen, sy udh gk kuat, mending mati aja')).toMatchObject({ emergency: true, country: 'TW' });
    expect(route('wes ra kuat urip neng kene').emergency).toBe(true);
    expect(route('i dont want to live anymore, nobody here cares').emergency).toBe(true);
    expect(route('mending mati lampu drpd bayar listrik mahal').emergency).toBe(false);
    expect(route('kalau ada teman yang pengen bunuh diri, harus hubungi siapa?').emergency).toBe(false);
  });

  it('Javanese: a fear of being cheated by an offer is a question; a child sold and moved tonight is danger', async () => {
    const emergencyModel = await loadEmergencyModel('content');
    const route = (text: string) => routeMessage({ text, emergencyModel });
    expect(route('wingi aku ditawani kerjo nang Laos gaji 20 juta, aku wedi nek diapusi. piye?').emergency).toBe(false);
    expect(route('pakdhe, ponakanku jarene wis didol ning perusahaan liya, bengi iki arep dipindah. aku kudu piye')).toMatchObject({ emergency: true, forSomeoneElse: true });
  });
});
