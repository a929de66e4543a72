import { type TestPage, texts } from './page-kit.js';
import { linkedinArticle } from './pages-heldout49-c2.js';

/**
 * Held-out batch 49, file c: a Threads post with its replies on threads.com, saved logged out (atomic "x1lliihq"-style
 * class soup, svg icons with <title> labels, text in dir="auto" spans with pre-wrap newlines): the left icon rail,
 * the "Thread" header with its view count and "Log in", the post (username, topic tag, age, text, photo carousel, like,
 * reply, repost and share counts), the "Top" sort and "View activity", the replies (the author's marked "Author"), the
 * log-in card and the footer; the server-side JSON data script in the head.
 */
const thFirst = 'Opened the kiln this morning to half a shelf of cracked pots.';
const thRest = [
  'Everything on the top shelf came out fine. Everything on the bottom shelf had cracked in the same S-shaped line across the ' +
    'base. That pattern usually means the bases were still damp, and I think I know why: I moved the drying rack next to the ' +
    'window last week and the bottom row never got any air.',
  'Lesson relearned. Wet clay does not care how busy your week was.',
];
interface Reply {
  user: string;
  age: string;
  text: string;
  counts: [number, number];
}
const LU = 'luzia.ceramics';
const thReplies: Reply[] = [
  {
    user: LU,
    age: '2d',
    counts: [96, 4],
    text:
      'For the people asking: I bisque to cone 04 with a slow first two hours, 60°C an hour up to 200°C. The schedule wasn&#39;t ' +
      'the problem this time. The clay was.',
  },
  {
    user: 'hannah.throws',
    age: '1d',
    counts: [58, 1],
    text:
      'S-cracks in the base are almost always drying or compression for me. Do you compress the bottoms with a rib when you ' +
      'throw? It made a huge difference in our studio, especially with the groggy stoneware.',
  },
  { user: LU, age: '1d', counts: [21, 0], text: 'I do, but only on the bigger bowls. Might start doing it on everything, it takes a few seconds.' },
  {
    user: 'kilnroom.collective',
    age: '20h',
    counts: [44, 0],
    text:
      'We put a cheap hygrometer on each shelf of our drying racks after the same thing happened to a student&#39;s whole term ' +
      'of work. Cost about eight euros and saved a lot of tears.',
  },
  {
    user: 'oakandash.pottery',
    age: '18h',
    counts: [17, 0],
    text:
      'Same thing happened to me in my first winter with a garage studio. Now I flip the pots onto a bat once the rims are ' +
      'leather-hard so the bases can dry from below. Slower, but no cracks since.',
  },
  {
    user: 'marco_ceramista',
    age: '15h',
    counts: [12, 1],
    text:
      'Sorry about your pots. The crack in the third photo is a perfect teaching example though. Would you mind if I showed it ' +
      'in my beginners&#39; class?',
  },
  { user: LU, age: '14h', counts: [9, 0], text: 'Of course, go ahead. Tag me if you post about it, I&#39;d love to see what the students make of it.' },
];
const S = 'x1lliihq x1plvlek xryxfnj x1n2onr6 x1ji0vk5 x18bv5gf x193iq5w xeuugli x1fj9vlw x13faqbe x1vvkbs x1s928wv xhkezso x1gmr53x x1cpjm7i x1fgarty';
const D = 'x78zum5 xdt5ytf x1iyjqo2';
const svg = (label: string): string =>
  `<svg aria-label="${label}" role="img" viewBox="0 0 18 18" class="x1lliihq x2lah0s x1n2onr6 x16ye13r x5lhr3w"><title>${label}</title><path
d=""></path></svg>`;
const bar = (like: number, reply: number, repost: number, share: number): string =>
  `<div class="x6s0dn4 x78zum5 xl56j7k xezivpi"><div role="button" tabindex="0" class="x1i10hfl x1ypdohk">${svg('Like')}<span class="${S}">${like}</span></div>
<div role="button" tabindex="0" class="x1i10hfl x1ypdohk">${svg('Reply')}${reply > 0 ? `<span class="${S}">${reply}</span>` : ''}</div>
<div role="button" tabindex="0" class="x1i10hfl x1ypdohk">${svg('Repost')}${repost > 0 ? `<span class="${S}">${repost}</span>` : ''}</div>
<div role="button" tabindex="0" class="x1i10hfl x1ypdohk">${svg('Share')}${share > 0 ? `<span class="${S}">${share}</span>` : ''}</div></div>`;
const head = (user: string, age: string, at: string, extra: string): string =>
  `<div class="x78zum5 x1q0g3np x1a02dak"><span class="${S}"><a href="/@${user}" role="link" class="x1i10hfl xjbqb8w x1ejq31n"><span class="${S} xjohtrz"
dir="auto">${user}</span>
</a></span>${extra}<span class="${S}"><a href="/@${user}/post/DPx4k${at.slice(8, 10)}Qz" role="link" class="x1i10hfl"><time class="x1rg5ohu xnei2rj x2b8uid
xuxw1ft"
datetime="${at}" title="${at.slice(0, 10)}">${age}</time></a></span><div role="button" aria-label="More" class="x1i10hfl x1ypdohk">${svg('More')}</div></div>`;
const reply = (r: Reply, i: number): string => `<div class="x1a2a7pz x1n2onr6" data-pressable-container="true"><div class="x78zum5 xdt5ytf">
<div class="x1c1uobl"><img alt="${r.user}&#39;s profile picture" class="xl1xv1r x14yjl9h xudhj91 x18nykt9 xww2gxu"
src="https://scontent.cdninstagram.com/v/p${i}.jpg"></div>
${head(r.user, r.age, `2025-10-2${1 + (i > 2 ? 1 : 0)}T0${i}:14:0${i}.000Z`, r.user === LU ? `<span class="${S} x1j85h84">Author</span>` : '')}
<div class="x1a6qonq x6ikm8r x10wlt62 xj0a0fe x126k92a x6prxxf x7r5mf7"><span class="${S} x1i0vuye xjohtrz" dir="auto"><span>${r.text}</span></span></div>
${bar(r.counts[0], r.counts[1], 0, 0)}</div></div>`;
const thLeft = ['Threads', 'Home', 'Search', 'Create', 'Notifications', 'Profile', 'Pin'];
const thFoot = ['© 2025', 'Threads Terms', 'Privacy Policy', 'Cookies Policy', 'Report a problem'];
const thHtml = `<!DOCTYPE html>
<html id="facebook" class="_9dls __fb-light-mode" lang="en" dir="ltr"><head><meta charset="utf-8"><title>Luzia Ferreira (@${LU}) on Threads</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta property="og:title" content="Luzia Ferreira (@${LU}) on Threads">
<meta property="og:description" content="${thFirst} Everything on the top shelf came out fine.">
<link rel="canonical" href="https://www.threads.com/@${LU}/post/DPx4kL2jQzA">
<script type="application/json" data-content-len="412"
data-sjs>{"require":[["ScheduledServerJS","handle",null,[{"__bbox":{"require":[["RelayPrefetchedStreamCache",
"next",[],["adp_BarcelonaPostPageDirectQueryRelayPreloader",{"__bbox":{"result":{"data":{"data":{"edges":[{"node":{"thread_items":[]}}]}}}}}]]]}}]]]}</script>
<style>.x1lliihq{display:block}.x78zum5{display:flex}.xdt5ytf{flex-direction:column}.x1i0vuye{white-space:pre-wrap}</style></head>
<body class="_6s5d _71pn system-fonts--body segoe"><div id="barcelona-page-layout" class="x1n2onr6"><div class="x78zum5 xdt5ytf x1iyjqo2">
<div class="x1s85apg x10l6tqk x1swvt13 xh8yej3" role="navigation"><div class="${D}">${thLeft
  .map((t) => `<a href="/${t === 'Threads' ? '' : t.toLowerCase()}" role="link" class="x1i10hfl x1ypdohk">${svg(t)}</a>`)
  .join('\n')}</div><div role="button" aria-label="More" class="x1i10hfl">${svg('Menu')}</div></div>
<div class="x1c1b4dv x13dflua x11xpdln"><div class="x78zum5 x1q0g3np x6s0dn4"><div class="${S} x1j85h84"><span>Thread</span></div>
<span class="${S} x1o0tod">1.8K views</span><a href="/login?show_choice_screen=false" role="link" class="x1i10hfl x1ypdohk x1qfufaz">
<div class="x6s0dn4 x78zum5 xl56j7k">Log in</div></a></div></div>
<div class="xb57i2i x1q594ok x5lxg6s x78zum5 xdt5ytf" role="main"><div class="x1a2a7pz x1n2onr6" data-pressable-container="true">
<div class="x78zum5 xdt5ytf"><div class="x1c1uobl"><img alt="${LU}&#39;s profile picture" class="xl1xv1r x14yjl9h xudhj91"
src="https://scontent.cdninstagram.com/v/p0.jpg">
</div>${head(
  LU,
  '2d',
  '2025-10-20T16:02:11.000Z',
  `<span class="${S}" aria-hidden="true">›</span><a href="/search?q=Ceramics&amp;serp_type=tags"
class="x1i10hfl"><span class="${S}">Ceramics</span></a>`,
)}
<div class="x1a6qonq x6ikm8r x10wlt62 xj0a0fe x126k92a x6prxxf x7r5mf7"><span class="${S} x1i0vuye xjohtrz" dir="auto"><span>${thFirst}

${thRest.join('\n\n')}</span></span></div>
<div class="x1xmf6yo x78zum5 x1q0g3np"><picture><img alt="Photo by Luzia Ferreira on October 20, 2025. May be an image of bowls."
class="x5yr21d xl1xv1r xh8yej3" src="https://scontent.cdninstagram.com/v/t51.2885-15/kiln1.jpg"></picture><picture><img alt="Photo by Luzia Ferreira on
October 20,
2025. May be an image of pottery." class="x5yr21d xl1xv1r xh8yej3" src="https://scontent.cdninstagram.com/v/t51.2885-15/kiln2.jpg"></picture></div>
${bar(412, 38, 9, 14)}</div></div>
<div class="x78zum5 x1q0g3np x6s0dn4 x1j85h84"><div role="button" class="x1i10hfl"><span class="${S}">Top</span>${svg('Sort')}</div>
<a href="/@${LU}/post/DPx4kL2jQzA/activity" class="x1i10hfl"><span class="${S}">View activity</span></a></div>
${thReplies.map(reply).join('\n')}</div>
<div class="x1n2onr6 x1pn5kxu x1dc814f" role="dialog"><div class="${D}"><span class="${S} x1s688f">Log in or sign up for Threads</span>
<span class="${S}">See what people are talking about and join the conversation.</span>
<a href="/login/?show_choice_screen=false" role="link" class="x1i10hfl"><div class="x6s0dn4 x78zum5">${svg('Instagram')}<span class="${S}">Continue with
Instagram</span>
</div></a><a href="/login/?show_choice_screen=false&amp;variant=username" class="x1i10hfl"><span class="${S}">Log in with username
instead</span></a></div></div>
<div class="x78zum5 x1q0g3np xl56j7k" role="contentinfo">${thFoot
  .map(
    (t) => `<span class="${S}"><a href="https://help.instagram.com/"
class="x1i10hfl">${t}</a></span>`,
  )
  .join('')}
</div></div></div></body></html>`;
const threadsPost: TestPage = {
  html: thHtml,
  name: 'heldout49-threads-post',
  kind: 'forum',
  // the post has no title: its first line is the title, the rest of it is body, and so is every reply (the author's own
  // included); the usernames (Threads shows no display name on the page) and ages are bylines (each once); the topic tag
  // "Ceramics", "Author", the icons' <title> labels (the rail, "Like", "Reply", "Repost", "Share", "More"), the counts,
  // "Thread", "1.8K views", "Log in", "View activity", the log-in card and the footer are furniture; the sort's "Top" is a
  // word of the post ("top shelf") and the bare like and reply counters are numbers only: left out
  title: thFirst,
  headings: [],
  body: [...thRest, ...texts(thReplies.map((r) => r.text))],
  // biome-ignore format: the byline texts are packed several to a line to keep the file short
  bylines: [LU, '2d', 'hannah.throws', '1d', 'kilnroom.collective', '20h', 'oakandash.pottery', '18h', 'marco_ceramista', '15h', '14h'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    ...thLeft, 'Menu', 'Thread', '1.8K views', 'Log in', 'Ceramics', 'More', 'Like', 'Reply', 'Repost', 'Share',
    'Sort', 'View activity', 'Author', 'Log in or sign up for Threads', 'See what people are talking about and join the conversation.', 'Instagram',
    'Continue with Instagram', 'Log in with username instead', ...thFoot,
  ],
};

export const HELDOUT49_C: readonly TestPage[] = [threadsPost, linkedinArticle];
