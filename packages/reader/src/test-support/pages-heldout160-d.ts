import { links, ps, type TestPage, texts } from './page-kit.js';
import { guardianReport } from './pages-heldout160-d2.js';

/**
 * Held-out batch 160, file d: a Sports Illustrated story on the Minute Media template (the team-site header with its
 * nav, the breadcrumb, the author line with "Follow", published and updated dates, the share bar, the lead image caption
 * with its "Imagn Images" credit, in-body "Related" links, a video player with its title, the "More NFL from Sports
 * Illustrated" list at the end of the article body, the "Recommended" rail, ad labels and the footer) and, from file d2,
 * a Guardian football match report.
 */
const siTitle = 'Ironhawks’ rookie quarterback Deshawn Pryor keeps rewriting the team record book';
const siDek = 'Columbus has won four straight since handing the offense to Pryor, and his coach says the rookie is only getting started.';
const siP = [
  'COLUMBUS, Ohio — When the Ironhawks made Deshawn Pryor the starter in Week 6, the plan was to protect him. Short throws, a ' +
    'steady diet of runs and as few third-and-long situations as possible.',
  'Five weeks later, the protective bubble is gone. Pryor threw for 341 yards and three touchdowns in Sunday’s 31–17 win over ' +
    'the Harbor City Mariners, his third 300-yard game in four starts, and became the first rookie in franchise history to ' +
    'throw a touchdown pass in five consecutive games.',
  '“We kept waiting for the rookie moment,” coach Ray Delacourt said Monday. “The bad read, the pick-six, the game where it all ' +
    'speeds up on him. It hasn’t come. At some point you stop waiting and start opening up the playbook.”',
  'That is exactly what Columbus has done. Pryor attempted 19 passes of 15 or more air yards against Harbor City, the most by ' +
    'any Ironhawks quarterback in a game since 2019. He completed 11 of them.',
  'The numbers after four starts are striking: a 68.9% completion rate, 1,187 passing yards, nine touchdowns and two ' +
    'interceptions. Columbus has scored at least 27 points in each of those games after failing to reach 20 in four of its ' +
    'first five.',
  'His teammates point to the work behind it. Wide receiver Marcus Ellery said Pryor stays after practice most days to throw ' +
    'to the scout-team receivers and asks every veteran on the roster what they saw on film.',
  '“He’s 22 and he’s already the first guy in the building some mornings,” Ellery said. “He wants to know where you’re going ' +
    'to be before you know it yourself.”',
  'There are still things to clean up. Pryor has been sacked 14 times in four games, partly because he holds the ball looking ' +
    'for the big play, and Delacourt said the staff wants him to take more check-downs when the deep routes are covered.',
  'The schedule also gets harder. Columbus visits the division-leading Twin Rivers Foxes on Sunday, a defense that leads the ' +
    'league in sacks and has not allowed a 300-yard passer all season.',
  '“It’s a great test,” Pryor said. “Everybody keeps telling me what I haven’t seen yet. I’d rather go see it.”',
];
const siNav = ['News', 'Schedule', 'Roster', 'Draft', 'Fantasy', 'Betting', 'Podcasts', 'SI.com'];
const siCrumbs = ['Home', 'NFL', 'Columbus Ironhawks'];
const siCaption = 'Ironhawks quarterback Deshawn Pryor (9) throws against the Harbor City Mariners during the second quarter.';
const siRelated = ['Ironhawks open up the playbook for Pryor in blowout win', 'Why Columbus was right to bench its veteran starter'];
const siMore = [
  'Week 12 NFL power rankings: Foxes hold top spot',
  'Three trade targets for contenders before the deadline',
  'NFL rookie of the year odds after Week 11',
];
const siRec = ['The best fantasy pickups for Week 12', 'Mariners fire defensive coordinator after fourth straight loss'];
const siFoot = ['About SI', 'Contact', 'Terms of Use', 'Privacy Policy', 'Your Privacy Choices', 'Accessibility', 'Masthead'];
const siHtml = `<!DOCTYPE html>
<html lang="en-US"><head><meta charset="utf-8"><title>${siTitle} - Sports Illustrated Columbus Ironhawks News</title>
<meta name="viewport" content="width=device-width,initial-scale=1"><meta name="description" content="${siDek}">
<meta property="og:site_name" content="Sports Illustrated"><meta property="og:title" content="${siTitle}"><meta name="twitter:site" content="@SInow">
<link rel="canonical" href="https://www.si.com/nfl/ironhawks/news/deshawn-pryor-rewriting-record-book">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"${siTitle}","datePublished":"2025-11-18T14:30:00Z",
"dateModified":"2025-11-18T16:05:00Z","author":[{"@type":"Person","name":"Tyler Brannock"}],"publisher":{"@type":"Organization",
"name":"Sports Illustrated"}}</script>
<script>window.mmDataLayer={"property":"si","vertical":"nfl","team":"ironhawks"};</script>
<script async src="https://cdn.minutemedia.example/mm-ads.js"></script></head>
<body class="mm-article-page"><div id="root">
<header class="mm-header" role="banner"><a class="mm-header__logo" href="/nfl/ironhawks"><span class="mm-visually-hidden">Columbus Ironhawks on SI</span></a>
<nav class="mm-nav" aria-label="Team navigation"><ul>${links(siNav, 'mm-nav__item')}</ul></nav>
<a class="mm-header__subscribe" href="/subscribe">Subscribe</a></header>
<div class="mm-ad mm-ad--top"><span class="mm-ad__label">Advertisement</span></div>
<main class="mm-main"><article class="mm-article">
<nav class="mm-breadcrumbs" aria-label="Breadcrumb"><ol>${links(siCrumbs)}</ol></nav>
<header class="mm-article-header"><h1 class="mm-article-header__title">${siTitle}</h1><h2 class="mm-article-header__subtitle">${siDek}</h2>
<div class="mm-article-header__byline"><div class="mm-author"><a class="mm-author__name" href="/author/tyler-brannock">Tyler Brannock</a>
<button class="mm-author__follow">Follow</button></div>
<div class="mm-article-header__dates"><time datetime="2025-11-18T14:30:00Z">Published Nov 18, 2025</time>
<time datetime="2025-11-18T16:05:00Z">Updated Nov 18, 2025, 11:05 AM EST</time></div></div>
<div class="mm-share"><button aria-label="Share on Facebook">Facebook</button><button aria-label="Share on X">X</button>
<button aria-label="Share via email">Email</button><button aria-label="Copy link">Copy Link</button></div></header>
<figure class="mm-article-cover"><img src="https://images2.minutemediacdn.example/image/upload/pryor.jpg" alt="Deshawn Pryor">
<figcaption><span class="mm-caption">${siCaption}</span> <span class="mm-credit">Joe Hartigan-Imagn Images</span></figcaption></figure>
<div class="mm-article-body" data-mm-id="article-body">
${ps(siP.slice(0, 3))}
<p><strong>Related:</strong> <a href="/nfl/ironhawks/news/1">${siRelated[0]}</a></p>
${ps(siP.slice(3, 6))}
<div class="mm-video" data-mm-video="x82kq"><div class="mm-video__title">Pryor on the win: ‘I’d rather go see it’</div></div>
${ps(siP.slice(6))}
<p><strong>Related:</strong> <a href="/nfl/ironhawks/news/2">${siRelated[1]}</a></p>
<h2>More NFL from Sports Illustrated</h2><ul>${links(siMore)}</ul>
</div></article>
<aside class="mm-sidebar"><section class="mm-recommended"><h3>Recommended</h3><ul>${links(siRec)}</ul></section>
<div class="mm-ad mm-ad--sidebar"><span class="mm-ad__label">Advertisement</span></div></aside></main>
<footer class="mm-footer"><ul>${links(siFoot)}</ul><p>© 2025 ABG-SI LLC. SPORTS ILLUSTRATED is a trademark of ABG-SI LLC.</p></footer>
</div><script src="https://cdn.minutemedia.example/app.js" defer></script></body></html>`;
const siStory: TestPage = {
  name: 'heldout160-si-news',
  kind: 'news',
  html: siHtml,
  title: siTitle,
  headings: [],
  // the subtitle is the dek (body); the "Related:" lines and the "More NFL from Sports Illustrated" list are furniture
  body: [siDek, ...texts(siP)],
  bylines: ['Tyler Brannock', 'Published Nov 18, 2025', 'Updated Nov 18, 2025, 11:05 AM EST'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'Columbus Ironhawks on SI', ...siNav, 'Subscribe', 'Advertisement', ...siCrumbs, 'Follow', 'Facebook', 'X', 'Email', 'Copy Link', siCaption,
    'Joe Hartigan-Imagn Images', ...siRelated.map((r) => `Related: ${r}`), 'Pryor on the win: ‘I’d rather go see it’',
    'More NFL from Sports Illustrated',
    ...siMore, 'Recommended', ...siRec, ...siFoot, '© 2025 ABG-SI LLC. SPORTS ILLUSTRATED is a trademark of ABG-SI LLC.',
  ],
};

export const HELDOUT160_D: readonly TestPage[] = [siStory, guardianReport];
