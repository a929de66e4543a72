import { type TestPage, texts } from './page-kit.js';
import { shopifyPost } from './pages-heldout173-a2.js';
import { lis } from './pages-heldout173-kit.js';
import { type MediumStory, mediumFurniture, mediumHtml } from './pages-heldout173-medium.js';

/**
 * Held-out batch 173, file a: a Netflix TechBlog story on Medium (the Medium shell of pages-heldout173-medium.ts, the
 * publication account as the author, a "By ..." paragraph of the real authors at the top of the story, a figure with its
 * caption, a code block, a list, the tags, the publication and author cards, responses box and rails) and, from file a2,
 * a Shopify Engineering blog post.
 */
const nfTitle = 'Moving playback entitlement checks closer to the member';
const nfBy = 'By Priya Ramanathan, Tomasz Wielgosz and Adaeze Bankole';
const nfP1 = [
  'Every time a member presses play, a small question has to be answered before the first frame arrives: is this account allowed ' +
    'to watch this title, on this device, in this country, right now? For years that question was answered by a single service in ' +
    'our control plane, which we called Turnstile. This post describes how we split Turnstile in two and moved most of its work ' +
    'into the same edge clusters that already serve the video manifest.',
];
const nfH1 = 'Why the old path was slow';
const nfP2 = [
  'Turnstile ran in three regions. A playback request from a phone in Lisbon would travel to the nearest region, wait for ' +
    'Turnstile to read the member’s plan, the title’s licensing windows and the device’s capabilities, and then travel back. ' +
    'On a good day this took 90 milliseconds at the median. At the 99th percentile it took more than 600.',
  'Most of that time was spent reading data that almost never changes. A title’s licensing window in a country changes a few ' +
    'times a year. A member’s plan changes a few times in their whole life. We were paying for a round trip to check facts that ' +
    'had been true yesterday and would be true tomorrow.',
];
const nfH2 = 'Splitting the decision';
const nfP3 = [
  'We separated the check into a part that can be computed ahead of time and a part that cannot. The first part is a compact ' +
    'table, built every few minutes, that maps each title and country to its current windows. The second part is the small set ' +
    'of member facts, which we now carry in a signed token that the device presents with every playback request.',
  'The edge service combines the two. It reads the table from local memory, verifies the token and answers in a few ' +
    'milliseconds. Only when the token has expired, or when the table is older than its safety limit, does the request fall ' +
    'back to the central service.',
];
const nfCode = `message EntitlementToken {
  string account_id = 1;
  uint32 plan_tier = 2;
  int64 expires_at_ms = 3;
}`;
const nfCaption = 'The new request path: the edge answers from its local table and falls back to the control plane only on a miss.';
const nfH3 = 'What we had to get right';
const nfP4 = ['Moving a decision about money and contracts to thousands of machines raised questions we had to answer before launch:'];
const nfList = [
  'How stale can the licensing table be before we stop trusting it? We settled on fifteen minutes, with an alarm at five.',
  'What happens when a title leaves a country at midnight? The table carries the end time, so the edge stops playback on time ' +
    'even if the next build is late.',
  'How do we revoke a token early, for example after a password reset? A short deny list travels with the table.',
];
const nfH4 = 'Results';
const nfP5 = [
  'Since the rollout finished in January, the median time to decide has fallen from 90 milliseconds to 4, and the 99th ' +
    'percentile from over 600 to 31. Fewer than one request in two hundred now reaches the central service. Playback start ' +
    'failures caused by entitlement timeouts, which used to spike during large launches, have all but disappeared.',
  'We are now looking at the same split for download licences, which have similar data but much longer lifetimes. If this ' +
    'kind of problem interests you, we would love to hear from you.',
];
const np = (
  t: string,
  id: string,
) => `<p id="${id}" class="pw-post-body-paragraph mk ml hw mm b mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh ho bk"
data-selectable-paragraph="">${t}</p>`;
const nh = (t: string, id: string) => `<h2 id="${id}" class="ni nj hw bf nk nl nm nn no np nq nr ns nt nu nv nw nx ny nz oa ob oc od oe of bk"
data-selectable-paragraph="">${t}</h2>`;
const nfStory = `<p id="0c11" class="pw-post-body-paragraph mk ml hw mm b mn mo mp mq mr ms mt bk" data-selectable-paragraph=""><em class="og">By
<a class="ag oh" href="https://www.linkedin.com/in/priya-r">Priya Ramanathan</a>, <a class="ag oh" href="https://www.linkedin.com/in/twielgosz">Tomasz
Wielgosz</a> and <a class="ag oh" href="https://www.linkedin.com/in/adaezeb">Adaeze Bankole</a></em></p>
${nfP1.map((t, i) => np(t, `1a${i}`)).join('\n')}
${nh(nfH1, '2b01')}
${nfP2.map((t, i) => np(t, `2b${i}2`)).join('\n')}
${nh(nfH2, '3c01')}
${nfP3.map((t, i) => np(t, `3c${i}2`)).join('\n')}
<pre class="oi oj ok ol om on oo op bp oq bb bk"><span id="4d10" class="or nj hw oo b bg os ot l ou ov" data-code-block-mode="2" data-spellcheck="false"
data-code-block-lang="protobuf">${nfCode}</span></pre>
<figure class="ow ox oy oz pa pb pc pd paragraph-image"><div role="button" tabindex="0" class="pe pf ed pg bh ph"><div class="pc pd pi">
<picture><img alt="" class="bh md pj c" width="700" height="394" loading="eager" role="presentation"
src="https://miro.medium.com/v2/resize:fit:700/1*Qx2b-path.png"></picture></div></div>
<figcaption class="pk fe pl pc pd pm pn bf b bg z dx" data-selectable-paragraph="">${nfCaption}</figcaption></figure>
${nh(nfH3, '5e01')}
${nfP4.map((t, i) => np(t, `5e${i}2`)).join('\n')}
<ul class="">${lis(nfList, 'mk ml hw mm b mn mo mp mq mr ms mt mu mv mw mx my mz na nb nc nd ne nf ng nh po pp pq bk')}</ul>
${nh(nfH4, '6f01')}
${nfP5.map((t, i) => np(t, `6f${i}2`)).join('\n')}`;
const nf: MediumStory = {
  url: 'https://netflixtechblog.com/moving-playback-entitlement-checks-closer-to-the-member-4be1c9a07d2e',
  pub: 'Netflix TechBlog',
  pubDesc: 'Stories from the engineers who build and run the service that streams to members in every time zone.',
  pubFollowers: '182K Followers',
  author: 'Netflix Technology Blog',
  authorFollowers: '441K Followers',
  authorBio: 'How we design, build and operate our systems, and the people and teams behind them.',
  title: nfTitle,
  readTime: '7 min read',
  date: 'Mar 4, 2025',
  claps: '1.3K',
  responses: '12',
  story: nfStory,
  tags: ['Distributed Systems', 'Edge Computing', 'Streaming', 'Latency', 'Security'],
  more: [
    { title: 'Sampling traces without losing the rare ones', by: 'Netflix Technology Blog', date: 'Feb 18, 2025' },
    { title: 'A year of running our encoding fleet on spot capacity', by: 'Netflix Technology Blog', date: 'Jan 27, 2025' },
  ],
  recommended: [
    { title: 'Token design mistakes I keep seeing in code review', by: 'Marguerite Osei', date: 'Dec 2, 2024' },
    { title: 'Why your p99 lies to you', by: 'Devlin Harcourt', date: 'Nov 11, 2024' },
  ],
};
const netflix: TestPage = {
  html: mediumHtml(nf),
  name: 'heldout173-netflix-techblog-medium-blog',
  kind: 'blog',
  // the "By ..." paragraph at the top of the story, the publication account's name, read time and date are bylines; the
  // figure caption and everything the Medium shell puts around the story are furniture; the code block is in neither list
  title: nfTitle,
  headings: [nfH1, nfH2, nfH3, nfH4],
  body: texts([...nfP1, ...nfP2, ...nfP3, ...nfP4, ...nfList, ...nfP5]),
  bylines: [nfBy, 'Netflix Technology Blog', '7 min read', 'Mar 4, 2025'],
  furniture: [nfCaption, ...mediumFurniture(nf)],
};

export const HELDOUT173_A: readonly TestPage[] = [netflix, shopifyPost];
