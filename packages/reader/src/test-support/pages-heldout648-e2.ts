import { ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout648-kit.js';

/**
 * Held-out batch 648, file e2: a ballet school's long guide for new families on Hugo (Ananke theme, side table of contents).
 */
const hTitle = 'A guide for new families';
const hDek = 'Everything you need for your child\u2019s first term at Brightwater, from the uniform list to what happens at the end-of-year show.';
const hSections: [string, string[]][] = [
  [
    'Before the first class',
    [
      j(
        'Welcome to Brightwater Ballet. Whether your child is three or thirteen, the first few weeks at a new dance school can feel',
        'like a lot to take in, for them and for you. This guide brings together the questions parents ask us most often. Please',
        'keep it somewhere handy; we will send you an updated copy at the start of each school year.',
      ),
      j(
        'Once you have booked a place, you will receive a welcome email with your child\u2019s class, teacher and studio. Please fill',
        'in the medical and consent form that comes with it before the first class. If your child has an allergy, asthma or any',
        'condition we should know about, tell the teacher in person as well, so that she can plan for it.',
      ),
      j(
        'Younger children often find the first class easier if they have seen the studio before. You are welcome to visit during',
        'the Saturday open morning in the week before term, when the studios are open from 9am to noon and teachers are on hand.',
      ),
    ],
  ],
  [
    'Uniform',
    [
      j(
        'Uniform helps teachers see posture and alignment, and it helps children feel part of the class. We follow the colours',
        'of our examining board, and each level has its own leotard colour so that children can see their progress.',
      ),
    ],
  ],
  [
    'What each class wears',
    [
      'Baby Ballet and Pre-Primary: pale pink leotard with short sleeves, pink socks or tights, pink ballet shoes',
      'Primary to Grade 2: lilac leotard, pink tights, pink ballet shoes with elastic',
      'Grade 3 to Grade 5: navy leotard with a matching belt, pink tights, pink ballet shoes with ribbons from Grade 4',
      'Boys at every level: white T-shirt, black shorts or leggings, white socks and white ballet shoes',
    ],
  ],
  [
    'Buying uniform',
    [
      j(
        'Uniform can be ordered through the school office or bought at Pointe Street Dancewear in the town centre, which gives',
        'Brightwater families a 10% discount. We also run a second-hand rail in the foyer during the first two weeks of each term.',
        'Please write your child\u2019s name in everything, including both shoes.',
      ),
      j(
        'Ballet shoes should fit snugly with no room for growth. Shoes that are too big make it harder to point the foot and can',
        'cause falls. If in doubt, ask your child\u2019s teacher to check the fit in the first week.',
      ),
    ],
  ],
  [
    'Hair',
    [
      j(
        'Hair must be off the face and neck for every class. Long hair should be put up in a neat bun with a hairnet and pins;',
        'shorter hair can be held back with a headband or clips. Bun kits are on sale at the office for £4.',
      ),
      j(
        'We know buns are hard at first. Our tip is to make a high ponytail, twist it, wind it round the base and pin it through',
        'the band at four points. Teachers are happy to show older children how to do their own.',
      ),
    ],
  ],
  [
    'Dropping off and collecting',
    [
      j(
        'Please arrive no more than ten minutes before the class starts. Children in Baby Ballet and Pre-Primary must be brought',
        'into the waiting room by an adult and handed to the teacher at the studio door. At the end of the class, the teacher will',
        'only let younger children go when she can see the adult who is collecting them.',
      ),
      j(
        'If someone other than the usual adult is collecting, please let the office know by email or tell the teacher at drop-off.',
        'Older children may leave on their own only if we have written permission from a parent.',
      ),
      j('Parking outside the studios is limited to ten minutes. The Harbour Road car park is free after 6pm and all day on Sundays.'),
    ],
  ],
  [
    'Watching classes',
    [
      j(
        'Parents are not usually allowed into classes, because children concentrate much better without an audience. Instead we',
        'hold a watching week in the last week of every term, when families can see what the class has been working on.',
        'Photography is not allowed during watching week unless the teacher says so.',
      ),
    ],
  ],
  [
    'Exams and the summer show',
    [
      j(
        'From Primary upwards, children can take a graded exam each year. Exams are optional, and the teacher will only put a',
        'child forward when she is sure they are ready. Exam fees are set by the examining board and are listed on the entry form.',
      ),
      j(
        'Every child, whatever their level, takes part in the summer show at the Brightwater Pavilion in July. Costumes are made',
        'or hired by the school, and a costume contribution of £22 is added to the summer term fees. Rehearsal dates are sent out',
        'after Easter; the dress rehearsal on the Saturday before the show is compulsory.',
      ),
    ],
  ],
  [
    'If you need to contact us',
    [
      j(
        'The office is open from 3.30pm to 7pm on weekdays and from 8.30am to 1pm on Saturdays. For anything about your child\u2019s',
        'progress, please email rather than catching the teacher between classes, so that she can give you her full attention.',
      ),
      'We are so pleased that your family is joining us, and we look forward to seeing your dancer in the studio.',
    ],
  ],
];
const hList = 'What each class wears';
const hNav = ['Classes', 'Timetable', 'Parents', 'News', 'Contact'];
const hContent = hSections
  .map(([h, b]) => {
    const id = h.toLowerCase().replace(/[^a-z0-9]+/g, '-');
    const lv = h === hList || h === 'Buying uniform' ? 3 : 2;
    return `<h${lv} id="${id}">${h}</h${lv}>\n${h === hList ? `<ul>\n${lis(b)}\n</ul>` : ps(b)}`;
  })
  .join('\n');
const hToc = hSections.map(([h]) => `<li><a href="#${h.toLowerCase().replace(/[^a-z0-9]+/g, '-')}">${h}</a></li>`).join('\n');
const hHtml = `<!DOCTYPE html>
<html lang="en-gb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${hTitle} | Brightwater Ballet</title><meta name="generator" content="Hugo 0.124.1">
<meta name="description" content="${hDek}"><meta name="robots" content="index, follow">
<link rel="stylesheet" href="/ananke/css/main.min.css"><link rel="canonical" href="https://brightwaterballet.co.uk/parents/new-families/">
<meta property="og:url" content="https://brightwaterballet.co.uk/parents/new-families/"><meta property="og:site_name" content="Brightwater Ballet">
<meta property="og:title" content="${hTitle}"><meta property="og:type" content="article"><meta property="article:section" content="parents">
<meta property="article:published_time" content="2026-08-18T10:00:00+01:00"><meta itemprop="wordCount" content="1184"></head>
<body class="ma0 avenir bg-near-white production"><header><div class="bg-black"><nav class="pv3 ph3 ph4-ns" role="navigation"><div
class="flex-l justify-between items-center center">
<a href="/" class="f3 fw2 hover-white no-underline white-90 dib">Brightwater Ballet</a><div class="flex-l items-center"><ul class="pl0 mr3">
${hNav
  .map(
    (t) => `<li class="list f5 f4-ns fw4 dib pr3">
<a class="hover-white no-underline white-90" href="/${t.toLowerCase()}/" title="${t} page">${t}</a></li>`,
  )
  .join('\n')}
</ul><div class="ananke-socials"><a href="https://www.facebook.com/brightwaterballet" target="_blank" rel="noopener"
class="ananke-social-link link-transition facebook link dib z-999 pt3 pt0-l mr1" title="follow on Facebook - Opens in a new window"
aria-label="follow on Facebook - Opens in a new window"><span class="icon"><svg viewBox="0 0 32 32"><path
d="M28.765,50.32h6.744V33.998h4.499l0.596-5.624h-5.095"/></svg></span></a></div></div></div></nav></div></header>
<main class="pb7" role="main"><article class="flex-l flex-wrap justify-between mw8 center ph3"><header class="mt4 w-100">
<aside class="instapaper_ignoref b helvetica tracked ttu">Parents</aside><div id="sharing" class="mt3 ananke-socials">
<a href="mailto:?&amp;body=https%3A%2F%2Fbrightwaterballet.co.uk%2Fparents%2Fnew-families%2F&amp;subject=A+guide+for+new+families"
class="ananke-social-link email no-underline" aria-label="share on Email"><span class="icon"><svg viewBox="0 0 24 24"></svg></span></a>
<a href="https://facebook.com/sharer/sharer.php?&amp;u=https%3A%2F%2Fbrightwaterballet.co.uk%2Fparents%2Fnew-families%2F"
class="ananke-social-link facebook no-underline" aria-label="share on Facebook"><span class="icon"><svg viewBox="0 0 32 32"></svg></span></a></div>
<h1 class="f1 athelas mt3 mb1">${hTitle}</h1><time class="f6 mv4 dib tracked" datetime="2026-08-18T10:00:00+01:00">August 18, 2026</time></header>
<div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p><em>${hDek}</em></p>
${hContent}
</div><aside class="w-30-l mt6-l"><div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links"><p
class="f5 b mb3">What's in this guide</p>
<nav id="TableOfContents"><ul>
${hToc}
</ul></nav></div></aside></article></main>
<footer class="bg-black bottom-0 w-100 pa3" role="contentinfo"><div class="flex justify-between"><a
class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="https://brightwaterballet.co.uk/">&copy; Brightwater Ballet 2026</a>
<div><div class="ananke-socials"><a href="https://www.facebook.com/brightwaterballet" target="_blank" rel="noopener"
class="ananke-social-link link-transition facebook link dib z-999 pt3 pt0-l mr1" aria-label="follow on Facebook - Opens in a new window"><span class="icon">
<svg viewBox="0 0 32 32"></svg></span></a></div></div></div></footer>
</body></html>`;
const hugoGuide: TestPage = {
  name: 'heldout648-ballet-new-families-hugo',
  kind: 'docs',
  html: hHtml,
  title: hTitle,
  headings: hSections.map(([h]) => h),
  body: texts([hDek, ...hSections.flatMap(([, b]) => b)]),
  bylines: ['August 18, 2026'],
  furniture: ['Timetable', 'News', "What's in this guide", '© Brightwater Ballet 2026'],
};

export const HELDOUT648_E2: readonly TestPage[] = [hugoGuide];
