import { links, ps, type TestPage, texts } from './page-kit.js';

/**
 * Held-out batch 75, file f2: an Instructables project (the header with "Projects", "Contests", "Teachers", "Log In" and
 * "Sign Up", the category bar, the project header with "By" author, "Follow", the category path, view and favorite counts,
 * "Favorite" and the "More by the author" strip, the "Introduction:" step, "Supplies", numbered steps with image notes and an
 * attachment with "Download", the contest badge, "Be the First to Share" with "I Made It!", "Recommendations", the comments
 * section with its tabs, comments and replies, and the footer).
 */
const inTitle = 'Cedar Planter Box With Hidden Drainage';
const inIntro = [
  'I wanted a raised planter for the patio that wouldn’t leave muddy rings on the stone every time I watered it. This one is built from ' +
    'cedar fence boards, which are cheap and rot-resistant, and it hides a removable drip tray under a false bottom so water never ' +
    'reaches the floor.',
  'It takes an afternoon with basic tools, and the finished box is 80 cm long, 35 cm wide and 40 cm tall.',
];
const inSupplies = [
  '6 cedar fence boards, 15 mm × 140 mm × 1.8 m',
  '2 m of 45 mm × 45 mm cedar or treated pine for the corner posts',
  'Exterior wood screws, 40 mm',
  'A plastic drip tray about 75 × 30 cm',
  'Landscape fabric and a staple gun',
  'Mitre saw or hand saw, drill and a square',
];
const inSteps: [string, string[]][] = [
  [
    'Step 1: Cut the Boards',
    [
      'Cut the fence boards into eight pieces at 80 cm for the long sides and eight at 32 cm for the ends. Cut four corner posts at 38 cm, ' +
        'slightly shorter than the finished height so the top boards overlap them.',
      'Cedar splinters easily, so use a fine-toothed blade and support the offcut as you finish each cut.',
    ],
  ],
  [
    'Step 2: Build the Sides',
    [
      'Lay two corner posts on a flat surface and screw four long boards across them, leaving a 3 mm gap between boards for drainage and ' +
        'movement. Pre-drill every hole, or the thin boards will split near the ends. Repeat for the second long side.',
    ],
  ],
  [
    'Step 3: Join the Ends',
    [
      'Stand the two long sides up and fix the short boards between them, screwing into the corner posts. Check the box is square by ' +
        'measuring the diagonals; they should be the same length.',
    ],
  ],
  [
    'Step 4: Fit the False Bottom and Drip Tray',
    [
      'Screw two battens along the inside of the long sides, 8 cm up from the bottom. Rest slats across them to make a false floor. The drip ' +
        'tray slides in underneath through a slot cut in one end panel, so you can pull it out and empty it.',
      'Line the box above the false floor with landscape fabric, stapling it to the sides, so the soil stays in but water can drain through.',
    ],
  ],
  [
    'Step 5: Finish and Plant',
    [
      'Leave the cedar to weather to a silver grey, or brush on a coat of clear exterior oil if you want to keep the colour. Fill with ' +
        'potting compost mixed with a handful of grit, and plant. Mine has had herbs in it for two summers and the patio underneath is still clean.',
    ],
  ],
];
const inNav = ['Projects', 'Contests', 'Teachers'];
const inCats = ['Circuits', 'Workshop', 'Design', 'Craft', 'Cooking', 'Living', 'Outside'];
const inStats = ['18,402', 'Views', '214', 'Favorites', 'Favorite'];
const inMore = ['More by the author:', 'Folding Potting Bench', 'Scrap Wood Bird Feeder', 'Rain Chain From Copper Pipe'];
const inImgNote = 'Use a stop block on the saw so all eight long boards come out exactly the same length.';
const inAttach = ['Attachments', 'planter-cutlist.pdf', 'Download'];
const inContest = 'Participated in the Backyard Contest';
const inShare = ['Be the First to Share', 'Did you make this project? Share it with us!', 'I Made It!'];
const inRecs = ['Recommendations', 'Self-Watering Herb Box', 'by greenbench', 'Pallet Wood Compost Bin', 'by tomfixes'];
const inCommentTabs = ['Comments', 'Add Tip', 'Ask Question', 'Comment', 'Post'];
const inComments = [
  ['gardenlaura', '1 year ago', 'Love the hidden tray idea. Did you treat the inside of the boards at all, or just the outside?'],
  ['ridgewoodmaker', '1 year ago', 'Just the outside. The fabric keeps most of the soil off the wood, and cedar copes fine with being damp.'],
  ['dunstan_k', '8 months ago', 'Made two of these for my balcony with slightly shorter sides. The slot for the tray is genius.'],
];
const inFoot = ['About Us', 'Who We Are', 'Why Publish?', 'Jobs', 'Resources', 'Sitemap', 'Help', 'Contact', 'Find Us'];
const inLegal = ['© 2025 Autodesk, Inc.', 'Terms of Service', 'Privacy Statement', 'Privacy settings', 'Legal Notices & Trademarks'];
const inStep = (n: number, title: string, paras: readonly string[], extra = ''): string => `<section class="step" id="step${n}">
<div class="photoset"><div class="photoset-row"><a href="#" class="photoset-link"><img class="photoset-image"
src="https://content.instructables.com/FXK/${n}QW/LV3/FXK${n}QWLV3.jpg?auto=webp"
alt="${title}" loading="lazy"></a></div></div>
<h2 class="step-title">${title}</h2><div class="step-body">${ps(paras)}${extra}</div></section>`;
const inHtml = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Cedar Planter Box With Hidden Drainage : 5 Steps (with Pictures) - Instructables</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="Cedar Planter Box With Hidden Drainage: I wanted a raised
planter for the patio that wouldn't leave muddy rings on the stone.">
<meta property="og:type" content="article"><meta property="og:site_name" content="Instructables"><link rel="canonical"
href="https://www.instructables.com/Cedar-Planter-Box-With-Hidden-Drainage/">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"HowTo","name":"${inTitle}","author":{"@type":"Person","name":"ridgewoodmaker"},
"datePublished":"2024-05-02","step":[{"@type":"HowToStep","name":"Cut the Boards"},{"@type":"HowToStep","name":"Build the Sides"}]}</script>
<link rel="stylesheet" href="/assets/build/main-7e4d.css"><script>window.__ENV__={"analytics":true,"adsEnabled":true};</script></head>
<body class="ibles-app"><div id="site-wrapper">
<header class="header" role="banner"><div class="header-container"><a href="/" class="header-logo"
aria-label="Instructables home"><svg><title>Instructables</title></svg></a>
<nav class="header-nav"><ul>${links(inNav, 'header-nav-item')}</ul></nav><div class="header-search"><input type="search" aria-label="Search for Projects"
placeholder="Let's Make ..."></div><div class="header-user"><a href="/account/login" class="header-login">Log In</a><a href="/account/register"
class="btn btn-yellow">Sign Up</a></div></div>
<nav class="category-nav" aria-label="Categories"><ul>${links(inCats, 'category-nav-item')}</ul></nav></header>
<main id="main" class="project-page"><article class="article" itemscope itemtype="https://schema.org/HowTo">
<header class="article-header"><h1 class="title" itemprop="name">${inTitle}</h1>
<div class="sub-header"><div class="author">By <a href="/member/ridgewoodmaker/" rel="author">ridgewoodmaker</a> <button
class="follow-btn">Follow</button></div>
<div class="category">in <a href="/workshop/">Workshop</a> &gt; <a href="/workshop/woodworking/projects/">Woodworking</a></div>
<div class="stats"><span class="view-count">${inStats[0]}</span> <span>${inStats[1]}</span> <span class="fav-count">${inStats[2]}</span>
<span>${inStats[3]}</span>
<button class="favorite-btn">${inStats[4]}</button></div></div>
<div class="more-by-author"><p>${inMore[0]}</p><ul>${links(inMore.slice(1))}</ul></div></header>
<div class="article-body">
<section class="step" id="intro"><h2 class="step-title">Introduction: ${inTitle}</h2><div class="step-body">${ps(inIntro)}</div></section>
<section class="step" id="step0"><h2 class="step-title">Supplies</h2><div class="step-body"><ul>${inSupplies.map((t) => `<li>${t}</li>`).join('\n')}</ul></div>
</section>
${inStep(
  1,
  inSteps[0]![0],
  inSteps[0]![1],
  `\n<div class="photoset-note"><p>${inImgNote}</p></div><div class="attachments"><h3>${inAttach[0]}</h3><ul><li><a href="/ORIG/planter-cutlist.pdf">
<span class="file-name">${inAttach[1]}</span><span class="download">${inAttach[2]}</span></a></li></ul></div>`,
)}
${inSteps
  .slice(1)
  .map((s, i) => inStep(i + 2, s[0], s[1]))
  .join('\n')}
</div>
<div class="contest-badge"><a href="/contest/backyard2024/">${inContest}</a></div>
<section class="i-made-it"><h2>${inShare[0]}</h2><p>${inShare[1]}</p><button class="btn">${inShare[2]}</button></section>
<section class="recommendations"><h2>${inRecs[0]}</h2><ul><li><a href="/Self-Watering-Herb-Box/">${inRecs[1]}</a><span class="author">${inRecs[2]}</span></li>
<li><a href="/Pallet-Wood-Compost-Bin/">${inRecs[3]}</a><span class="author">${inRecs[4]}</span></li></ul></section>
<section class="comments" id="discuss"><h2 class="comments-title">${inCommentTabs[0]}</h2><div class="comment-tabs" role="tablist">${inCommentTabs
  .slice(1, 4)
  .map((t) => `<button role="tab">${t}</button>`)
  .join(
    '',
  )}</div><form class="comment-form"><textarea aria-label="Comment" placeholder="Add a comment"></textarea><button type="submit">${inCommentTabs[4]}</button>
</form><ul class="comment-list">${inComments
  .map(
    (c, i) => `<li class="comment${i === 1 ? ' comment-reply' : ''}"><div class="comment-header"><a href="/member/${c[0]}/" class="comment-author">${c[0]}</a>
<span class="comment-date">${c[1]}</span></div><p class="comment-text">${c[2]}</p><div
class="comment-actions"><button>Reply</button><button>Upvote</button></div></li>`,
  )
  .join('\n')}</ul></section>
</article></main>
<footer class="footer"><div class="footer-links"><ul>${links(inFoot)}</ul></div><div class="footer-legal"><ul>${links(inLegal)}</ul></div></footer></div>
<script src="/assets/build/main-7e4d.js" defer></script></body></html>`;
export const instructablesProject: TestPage = {
  html: inHtml,
  name: 'heldout75-instructables-project',
  kind: 'blog',
  // the introduction, the supplies list and the five steps are the article, their step titles ("Introduction: ...",
  // "Supplies", "Step n: ...") the headings; the image note under step 1 and its attachment, the author strip, stats, the
  // contest badge, "I Made It!", recommendations, the comments (texts, names and dates: reader comments on a project page),
  // header and footer are furniture; "By ridgewoodmaker" is the byline ("ridgewoodmaker" is also a commenter: left there)
  title: inTitle,
  headings: [`Introduction: ${inTitle}`, 'Supplies', ...inSteps.map((s) => s[0])],
  body: texts([...inIntro, ...inSupplies, ...inSteps.flatMap((s) => s[1])]),
  bylines: ['By ridgewoodmaker'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Instructables', ...inNav, 'Log In', 'Sign Up', ...inCats.filter((t) => t !== 'Workshop'), 'Follow', 'Workshop', 'Woodworking', ...inStats,
    ...inMore, inImgNote, ...inAttach, inContest, ...inShare, ...inRecs, ...inCommentTabs,
    ...inComments.flatMap((c) => [c[1]!, c[2]!]).filter((t, i) => t !== '1 year ago' || i === 0), 'gardenlaura', 'dunstan_k', 'Reply', 'Upvote', ...inFoot,
...inLegal,
  ],
};
