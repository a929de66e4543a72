/**
 * Held-out batch 120, file f4: the live blocks of the Guardian Australia live blog in file f2, newest first, with the
 * reader-support epic and an ad slot between them, and their gold parts.
 */
const paras = (s: string): string[] => s.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim());

interface Block {
  id: string;
  ago: string;
  time: string;
  iso: string;
  by: string;
  heading: string;
  paras: string[];
  list?: string[];
  after?: string[];
  updated?: string;
}

const blocks: Block[] = [
  {
    id: '67d1b3a28f08e1c5a0d4c2f1',
    ago: '12m ago',
    time: '17.31 AEDT',
    iso: '2025-03-12T06:31:00.000Z',
    by: 'Luca Ittimani',
    heading: 'What we learned today, Wednesday 12 March',
    paras: paras(`That’s where we will leave the live blog for today. Thanks for reading, and here’s a quick look back at the main
stories:`),
    list: paras(`Firefighters downgraded the Hendry Valley bushfire to advice level after overnight rain and cooler conditions.

About 40 residents of Millbrook who evacuated on Tuesday have been allowed to return home.

The Reserve Bank’s deputy governor said inflation was “moving in the right direction” but warned against expecting rapid rate cuts.

The state transport minister defended the new rail timetable after a third day of delays on the western line.`),
    after: paras(`We will be back tomorrow morning with all the news you need.`),
  },
  {
    id: '67d1a0f18f08e1c5a0d4c2b9',
    ago: '58m ago',
    time: '16.45 AEDT',
    iso: '2025-03-12T05:45:00.000Z',
    by: 'Luca Ittimani',
    heading: 'Transport minister defends new rail timetable after third day of delays',
    paras: paras(`The state’s transport minister, Priya Ramanathan, has defended the new rail timetable, saying the delays on the
western line were caused by a signal fault near Kellerton and not by the timetable itself.

Commuters on the line have reported delays of up to 45 minutes since the timetable began on Monday. Speaking to reporters at
Central station, Ramanathan said engineers had replaced the faulty equipment this afternoon.

“I understand people are frustrated, and I’m sorry for the disruption,” she said. “But the new timetable adds 60 services a week to
the western line. Once this fault is fixed, people will see the benefit.”`),
    updated: 'Updated at 16.52 AEDT',
  },
  {
    id: '67d18e2c8f08e1c5a0d4c27a',
    ago: '1h ago',
    time: '15.58 AEDT',
    iso: '2025-03-12T04:58:00.000Z',
    by: 'Luca Ittimani',
    heading: 'Hendry Valley fire downgraded to advice level',
    paras: paras(`The Rural Fire Service has downgraded the Hendry Valley fire to advice level, after overnight rain and cooler
conditions allowed crews to strengthen containment lines.

The fire has burned through about 6,200 hectares of bush and farmland since it was sparked by lightning last Thursday. One house and
several sheds were destroyed.

Residents of Millbrook, who were told to leave on Tuesday afternoon, have been allowed to return. The RFS said people should still
keep an eye on conditions, as the fire is expected to keep burning within containment lines for several days.`),
  },
  {
    id: '67d16f9b8f08e1c5a0d4c1e3',
    ago: '3h ago',
    time: '14.21 AEDT',
    iso: '2025-03-12T03:21:00.000Z',
    by: 'Emily Wind',
    heading: 'RBA deputy says inflation ‘moving in the right direction’',
    paras: paras(`The Reserve Bank’s deputy governor, Martin Hollis, has said inflation is “moving in the right direction” but that
the bank is in no rush to cut interest rates further.

Speaking at a business lunch in Melbourne, Hollis said underlying inflation had fallen for four quarters in a row but was still
above the bank’s target band.

“We want to be confident that inflation is coming back to target sustainably,” he said. “We are not going to declare victory early.”

Markets had priced in a rate cut at the bank’s next meeting in April, but the odds fell after the speech.`),
  },
  {
    id: '67d13c4a8f08e1c5a0d4c0d2',
    ago: '5h ago',
    time: '12.05 AEDT',
    iso: '2025-03-12T01:05:00.000Z',
    by: 'Emily Wind',
    heading: 'Wildlife carers release koalas after fire',
    paras: paras(`Some good news from the Hendry Valley: wildlife carers have released six koalas back into bushland that was spared
by the fire.

The animals were rescued last week with singed paws and treated at a wildlife hospital in Kellerton. Carer Joanne Whitby said all six
had recovered well. “They were very keen to get back up a tree,” she said.`),
  },
  {
    id: '67d106e08f08e1c5a0d4bf40',
    ago: '10h ago',
    time: '06.45 AEDT',
    iso: '2025-03-11T19:45:00.000Z',
    by: 'Emily Wind',
    heading: 'Welcome',
    paras: paras(`Good morning and welcome to our rolling coverage of the day’s news. I’m Emily Wind and I’ll be taking you through
the main stories this morning.

Firefighters are hoping for rain in the Hendry Valley after a difficult night, and the Reserve Bank’s deputy governor is due to
speak at lunchtime. Let’s get started.`),
  },
];

const epic = [
  'I hope you appreciated this live blog. Before you move on, we want to ask whether you could support the Meridian’s journalism.',
  'We are funded by our readers, and there are no billionaire owners telling us what to cover. Every contribution, however big or small, helps.',
  'Support once from just $1',
  'Support the Meridian',
  '$15 per month',
  'Continue',
  'Remind me in May',
];
const share = ['Share on Facebook', 'Share on X', 'Copy link'];

const li = (a: readonly string[]): string => `<ul>${a.map((t) => `<li>${t}</li>`).join('\n')}</ul>`;
const blockHtml = (b: Block): string => `<article id="block-${b.id}" data-gu-name="live-block" class="block" aria-labelledby="heading-${b.id}">
<header class="dcr-block-header"><a href="?page=with:block-${b.id}#block-${b.id}" class="dcr-timestamp">
<time datetime="${b.iso}" data-relativeformat="med">${b.ago}</time>
<span class="dcr-time">${b.time}</span></a>
<div class="dcr-contributor"><img src="https://i.meridian.example/profile/${b.by.replace(' ', '-')}.png" alt=""><span>${b.by}</span></div></header>
<h2 id="heading-${b.id}" class="dcr-block-title">${b.heading}</h2>
${b.paras.map((p) => `<p>${p}</p>`).join('\n')}
${b.list ? li(b.list) : ''}${(b.after ?? []).map((p) => `<p>${p}</p>`).join('\n')}
<footer class="dcr-block-footer">${b.updated ? `<p class="dcr-updated"><time>${b.updated}</time></p>` : ''}
<div class="dcr-share">${share.map((t) => `<button><span class="visually-hidden">${t}</span></button>`).join('')}</div></footer></article>`;
const epicHtml = `<div data-gu-name="liveblog-epic" class="dcr-epic"><p>${epic[0]}</p><p>${epic[1]}</p><div class="dcr-epic-choices">
<button>${epic[2]}</button><button>${epic[3]}</button><button>${epic[4]}</button></div><a class="dcr-epic-cta" href="https://support.meridian.example/">
${epic[5]}</a><button class="dcr-epic-remind">${epic[6]}</button></div>`;
const adHtml = `<aside class="ad-slot-container"><div class="ad-slot--liveblog-inline" data-label-show="true" aria-hidden="true">
<div class="ad-slot__label">Advertisement</div></div></aside>`;

export const gaBlocksHtml = [
  blockHtml(blocks[0] as Block),
  blockHtml(blocks[1] as Block),
  epicHtml,
  blockHtml(blocks[2] as Block),
  blockHtml(blocks[3] as Block),
  adHtml,
  ...blocks.slice(4).map(blockHtml),
].join('\n');
export const gaKeyEventItems = blocks.slice(0, 4).map((b) => ({ id: b.id, ago: b.ago, heading: b.heading }));
export const gaBlockGold = {
  headings: blocks.map((b) => b.heading),
  body: blocks.flatMap((b) => [...b.paras, ...(b.list ?? []), ...(b.after ?? [])]),
  bylines: [...new Set(blocks.flatMap((b) => [b.ago, b.time, b.by, ...(b.updated ? [b.updated] : [])]))],
  furniture: [...epic, ...share, 'Advertisement'],
};
