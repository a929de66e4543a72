import { links, type TestPage, texts } from './page-kit.js';
import { j, ld } from './pages-heldout340-kit.js';

/**
 * Held-out batch 340, file f2: a newsletter-aggregator's "best of the week" page, the web version of an issue on a
 * beehiiv-style platform, a listing (the publication header with Subscribe and Login, the author and date line, the share
 * icons, the sponsor block with its "Together with" label, the section items, the "How did we do?" poll, the referral box,
 * the subscribe form and the footer). Gold: the intro, the section headings and each picked item's paragraph (headline link
 * and summary) are the body; the sponsor block is furniture.
 */
const title = 'Best of the Week: the ferry wars, a library experiment and the last ice plant';
const intro = j(
  'Good morning. This week we read 312 local stories from 48 newsrooms so you do not have to. Below are the nine we kept',
  'thinking about, grouped as always by theme, with one line on why each one matters beyond its own town.',
);
const groups: [string, string[]][] = [
  [
    'Getting around',
    [
      j(
        '<strong><a href="https://example.org/1">Winter ferry returns after two years.</a></strong> A county board voted to fund four',
        'crossings a day to an island that lost its winter service. Watch the breakdown risk: the boat is forty years old.',
      ),
      j(
        '<strong><a href="https://example.org/2">Sunday trains are back on a valley line.</a></strong> A public subsidy restores a',
        'service cut three years ago, with a threshold of 40 passengers a train that could end it again.',
      ),
      j(
        '<strong><a href="https://example.org/3">A city tries four car-free Sundays.</a></strong> The trial will count footfall and',
        'card takings; the hardware store owner who opposed it is the person to call in October.',
      ),
    ],
  ],
  [
    'Public services',
    [
      j(
        '<strong><a href="https://example.org/4">Ending library fines brought readers back.</a></strong> Six months of data show',
        'returns barely fell while circulation rose 11 percent. A clean natural experiment for other systems to copy.',
      ),
      j(
        '<strong><a href="https://example.org/5">Dentists on wheels in the northern counties.</a></strong> A van with one chair is',
        'filling a gap left by seven closed practices. The waiting list is the number to follow.',
      ),
      j(
        '<strong><a href="https://example.org/6">A plateau town now lives on trucked water.</a></strong> Four tankers a day keep',
        '1,800 people going while new wells wait for drilling crews booked months ahead.',
      ),
    ],
  ],
  [
    'Worth your weekend',
    [
      j(
        '<strong><a href="https://example.org/7">The co-op that saved a harbour ice plant.</a></strong> Fifty boat owners, one loan',
        'and a lot of patience. A model for any town about to lose a piece of unglamorous infrastructure.',
      ),
      j(
        '<strong><a href="https://example.org/8">One person read every council agenda for a year.</a></strong> 31,000 pages and 63',
        'stories nobody wrote. Her tips for reading a packet are the most practical thing we linked this month.',
      ),
      j(
        '<strong><a href="https://example.org/9">The neighbourhood repair shop comeback.</a></strong> A landfill grant pays the rent;',
        'volunteers supply the patience. Over 2,300 items fixed last year.',
      ),
    ],
  ],
];
const outro = 'That is it for this week. Reply and tell us the best local story you read; we read every email.';
const foot = ['Update your email preferences or unsubscribe here', 'Terms of Service', 'Privacy Policy', 'Powered by beehiiv'];
const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="description" content="Nine local stories worth your time this week."><meta property="og:site_name" content="The Local Skim">
<meta property="og:type" content="article"><link rel="canonical" href="https://thelocalskim.example/p/best-of-the-week-ferry-wars">
${ld({
  '@context': 'https://schema.org',
  '@type': 'Article',
  headline: title,
  author: [{ '@type': 'Person', name: 'Juno Marchetti' }],
  datePublished: '2026-06-06T11:00:00Z',
})}
<script>window.__remixContext={"state":{"loaderData":{"routes/p/$slug":{"post":{"id":"b7c1","audience":"free"}}}}};</script></head>
<body><div id="root"><nav class="sticky top-0 z-20 w-full bg-nav"><div class="mx-auto flex max-w-6xl items-center justify-between px-4">
<a href="/" class="flex items-center"><span class="font-bold">The Local Skim</span></a><div class="flex gap-2"><a href="/subscribe"
class="btn-primary">Subscribe</a><a href="/login" class="btn-secondary">Login</a></div></div></nav>
<main class="mx-auto max-w-3xl px-4"><div class="flex flex-col"><h1 class="text-3xl font-bold">${title}</h1>
<p class="text-lg text-gray-600">Nine local stories worth your time this week</p>
<div class="flex items-center gap-2 text-sm"><span>Juno Marchetti</span><span>·</span><time datetime="2026-06-06">June 6, 2026</time></div>
<div class="flex gap-2 share-icons"><a href="#" aria-label="Share on X">Share</a><a href="#" aria-label="Copy link">Copy link</a></div></div>
<div id="content-blocks" class="rendered-post"><p>${intro}</p>
<div class="sponsor-block"><p class="sponsor-label">Together with Fernline</p><p>Fernline turns your council meeting recordings
into searchable transcripts. Try it free for 30 days.</p><a href="https://fernline.example/?utm_source=skim">Learn more</a></div>
${groups.map(([h, items]) => `<h2>${h}</h2>\n${items.map((p) => `<p>${p}</p>`).join('\n')}`).join('\n')}
<p>${outro}</p>
<div class="poll"><p class="poll-q">How did we do this week?</p><a href="#">Loved it</a><a href="#">It was fine</a><a href="#">Not for me</a></div>
<div class="referral"><p>Share The Local Skim with a friend and get our regional map pack after three referrals.</p>
<a href="/refer">Copy your referral link</a></div></div>
<div class="subscribe-footer"><h3>Keep reading with a free subscription</h3><form><input type="email" placeholder="Enter your email">
<button type="submit">Subscribe</button></form></div></main>
<footer class="border-t py-6"><p>© 2026 The Local Skim.</p><ul>${links(foot)}</ul></footer></div></body></html>`;

export const newsletterPage: TestPage = {
  name: 'heldout340-newsletter-best-of-week-news',
  kind: 'news',
  html,
  title,
  headings: groups.map(([h]) => h),
  body: texts([intro, ...groups.flatMap(([, items]) => items), outro]),
  bylines: ['Juno Marchetti', 'June 6, 2026'],
  furniture: [
    'The Local Skim',
    'Subscribe',
    'Login',
    'Nine local stories worth your time this week',
    'Share',
    'Copy link',
    'Together with Fernline',
    'Fernline turns your council meeting recordings into searchable transcripts. Try it free for 30 days.',
    'Learn more',
    'How did we do this week?',
    'Loved it',
    'It was fine',
    'Not for me',
    'Share The Local Skim with a friend and get our regional map pack after three referrals.',
    'Copy your referral link',
    'Keep reading with a free subscription',
    '© 2026 The Local Skim.',
    ...foot,
  ],
};
