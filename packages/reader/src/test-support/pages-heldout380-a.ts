import { links, ps, type TestPage, texts } from './page-kit.js';
import { j, lis } from './pages-heldout380-kit.js';

/**
 * Held-out batch 380, file a: a Zooniverse-style project About page rendered by the Next.js front end (styled-components
 * classes, project header with its nav, About sidebar, team list, __NEXT_DATA__) and a project Talk board thread with
 * four posts (breadcrumbs, author roles, comment links, the board sidebar with tags and participants).
 */
const zTitle = 'Research';
const zP1 = [
  j(
    'Giant kelp forests along the Corrow Peninsula have been mapped from the air every summer since 1998. The survey flights leave',
    'us with more than two hundred thousand overlapping photographs, far more than the four people in our lab could ever trace by hand.',
  ),
  j(
    'Kelp Canopy Count asks volunteers to outline the floating canopy in each photograph. Every image is shown to at least seven',
    'people, and we combine their outlines into a single consensus shape that tells us how much kelp was at the surface on that day.',
  ),
];
const zP2 = [
  j(
    'Canopy area is the simplest measure of forest health we have. When the water warms, kelp thins out or disappears entirely, and',
    'the urchins that graze on it can take over the reef. A long, consistent record lets us see whether forests recover after a bad',
    'year or stay in an urchin-dominated state for a decade or more.',
  ),
  'With your outlines we hope to answer three questions:',
];
const zQs = [
  'How quickly did the canopy recover after the marine heatwaves of 2014 and 2019?',
  'Do forests near river mouths behave differently from those on exposed headlands?',
  'Can the size of a forest in spring predict how much of it survives until autumn?',
];
const zP3 = [
  j(
    'Each photograph covers roughly a hectare of sea surface. Kelp canopy looks brown or olive against the blue-grey water, and it',
    'often shows as a mat of floating fronds with small gas bladders that catch the light. Foam lines, sun glint and drifting weed',
    'can all look similar, which is why we ask several people to look at every image.',
  ),
  j(
    'Once an image has been outlined by enough volunteers we convert the shapes to square metres using the flight altitude and the',
    'camera model. Those numbers go straight into the annual report we send to the regional fisheries council.',
  ),
];
const zP4 = [
  j(
    'The first season of outlines has already been compared with diver surveys at twelve reef sites. Where divers counted dense',
    'kelp, volunteers almost always drew canopy, and the agreement between the two methods was better than we expected.',
  ),
  j(
    'If you have questions on the science, please post them on the discussion boards. Our team reads the boards every weekday and we love hearing what',
    'you have spotted in the images.',
  ),
];
const zHeads = ['Why canopy area matters', 'What you are looking at', 'What we have learned so far'];
const zSite = ['Projects', 'About', 'Get Involved', 'Talk', 'Build', 'News'];
const zProj = ['Classify', 'Collect', 'Recents', 'Journal'];
const zSide = ['The Team', 'Results', 'Education', 'FAQ'];
const zTeam = ['Dr. Ines Farrow', 'Marcus Teel', 'Oona Castellan', 'Pavel Rudnik'];
const zRoles = ['Project researcher', 'Collaborator'];
const zFoot = ['Privacy Policy', 'Contact Us', 'Jobs', 'Press', 'System Status', 'Daily Zooniverse', 'Blog', 'Newsletter'];
const zHtml = `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>
<title>Research | Kelp Canopy Count | Zooniverse</title>
<meta name="description" content="Help us map kelp forests from aerial photographs."/>
<meta property="og:title" content="Kelp Canopy Count"/><meta property="og:site_name" content="Zooniverse"/>
<meta name="twitter:card" content="summary_large_image"/>
<link rel="canonical" href="https://www.zooniverse.org/projects/farrowlab/kelp-canopy-count/about/research"/>
<style data-styled="active" data-styled-version="5.3.11">.sc-bdfBwQ{display:flex}.hJYnIu{font-size:14px}</style></head>
<body><div id="__next"><div class="sc-gsTCUz bhdfYh"><header class="ZooHeader__StyledHeader-sc-1b9l3dz-0 fsVTAn">
<a href="/" aria-label="Zooniverse home"><svg role="img"><title>Zooniverse Logo</title></svg></a>
<nav aria-label="Main"><ul class="sc-bdfBwQ">${links(zSite)}</ul></nav>
<div class="SignedOutUserNavigation"><button type="button">Sign In</button><button type="button">Register</button></div></header>
<div class="ProjectHeader__StyledBox-sc-1crhj5j-0 jrQhWm"><a href="/projects/farrowlab/kelp-canopy-count">
<h1 class="ProjectTitle__StyledHeading">Kelp Canopy Count</h1></a><p class="ProjectHeader__Owner">Farrow Lab, Corrow Marine Station</p>
<nav aria-label="Project navigation"><ul>${links(zProj, 'NavLink')}</ul></nav>
<button type="button" class="ProjectLanguageSelector">Language</button></div>
<main class="AboutLayout__StyledGrid-sc-c7r4rp-0 gYoIZf"><aside class="AboutSidebar__StyledSidebar">
<nav aria-label="About"><ul><li><a href="/about/research" aria-current="page">Research</a></li>${links(zSide)}</ul></nav>
<div class="TeamMembers"><h2 class="sc-ciodno">Project Team</h2><ul>
<li><span class="TeamMember__Name">${zTeam[0]}</span><span class="TeamMember__Role">${zRoles[0]}</span></li>
<li><span class="TeamMember__Name">${zTeam[1]}</span><span class="TeamMember__Role">${zRoles[0]}</span></li>
<li><span class="TeamMember__Name">${zTeam[2]}</span><span class="TeamMember__Role">${zRoles[1]}</span></li>
<li><span class="TeamMember__Name">${zTeam[3]}</span><span class="TeamMember__Role">${zRoles[1]}</span></li></ul></div></aside>
<article class="AboutPageLayout__StyledContent"><h1 class="sc-kEYyzF Heading__StyledHeading">${zTitle}</h1>
<div class="markdownz Markdownz__StyledBox">${ps(zP1)}
<h2>${zHeads[0]}</h2>${ps(zP2)}<ul>${lis(zQs)}</ul>
<h2>${zHeads[1]}</h2>${ps(zP3)}
<figure><img src="https://panoptes-uploads.zooniverse.org/project_attached_image/kelp-sample.jpeg" alt="Aerial photograph of kelp"/>
<figcaption>A typical survey frame: the dark patches near the rocks are kelp canopy.</figcaption></figure>
<h2>${zHeads[2]}</h2>${ps(zP4)}</div></article></main>
<footer class="ZooFooter__StyledFooter"><div><a href="/">Zooniverse</a><p>The Zooniverse is the world's largest platform for people-powered research.</p></div>
<ul>${links(zFoot)}</ul><p class="ZooFooter__Policy">Funded in part by the Alden Trust for Open Science</p></footer>
</div></div><script id="__NEXT_DATA__" type="application/json">{"props":{"pageProps":{"project":{"slug":"farrowlab/kelp-canopy-count"}}},
"page":"/[owner]/[project]/about/[page]"}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}gtag('js',new Date());</script></body></html>`;

export const zooAbout: TestPage = {
  name: 'heldout380-zooniverse-about',
  kind: 'docs',
  html: zHtml,
  title: zTitle,
  headings: zHeads,
  body: texts([...zP1, ...zP2, ...zQs, ...zP3, ...zP4]),
  bylines: [],
  furniture: [
    ...zSite,
    ...zProj,
    ...zSide,
    ...zTeam,
    ...zRoles,
    ...zFoot,
    'Sign In',
    'Register',
    'Farrow Lab, Corrow Marine Station',
    'Language',
    'Project Team',
    'A typical survey frame: the dark patches near the rocks are kelp canopy.',
    "The Zooniverse is the world's largest platform for people-powered research.",
    'Funded in part by the Alden Trust for Open Science',
  ],
};

const tTitle = 'Is this foam or canopy? Bright streaks along the edge of the frame';
const tPosts = [
  [
    j(
      'I keep getting frames from the 2006 flights where there is a long bright streak along the northern edge, with something',
      'darker and textured just inside it. The darker part seems to be kelp to me but the streak resembles foam or a wave line.',
    ),
    'Should I outline the whole band, only the dark part, or skip it? I have been skipping it, but now I am worried I missed canopy.',
  ],
  [
    j(
      'Good question, and you are not the only one. Those streaks are usually sun glint from the low morning flights that year.',
      'The pilot flew east to west, so the glint always falls on the same side of the frame.',
    ),
    j(
      'Please outline only the dark, textured part. If the glint is covering kelp you cannot see, leave it out: we correct for',
      'glint later using the neighbouring frames, which overlap by about a third.',
    ),
    'Skipping whole frames is fine when you really cannot tell, but most of them have some canopy that is clear enough to draw.',
  ],
  [
    j(
      'Thanks, that clears it up. Follow-up: in subject 48213377 the dark area has little round dots all over it. Are those the gas',
      'bladders people mention in the tutorial, or birds sitting on the water?',
    ),
  ],
  [
    'Those are gas bladders. Birds are much larger at this altitude and usually cast a visible shadow.',
    j(
      'I have put the frame in a shared set of bladder examples so others can compare. If you want to go further, the Field Guide',
      'has a page on telling canopy from drifting weed, which is the other thing that catches people out.',
    ),
  ],
  [
    j(
      'One more tip from a long-time volunteer: zoom out before you start drawing. At full zoom the glint and the canopy edge',
      'blur together, but from further away the shape of the forest is usually obvious, and you can then zoom in to tidy the outline.',
    ),
    'It also saves a lot of time on frames that turn out to be open water.',
  ],
];
const tAuthors = ['seaglass_ann', 'Dr. Ines Farrow', 'seaglass_ann', 'kelpwatcher_07', 'tidepool_rob'];
const tDates = [
  'Posted 12 March 2024 at 07:41',
  'Posted 12 March 2024 at 10:15',
  'Posted 12 March 2024 at 18:02',
  'Posted 13 March 2024 at 09:27',
  'Posted 14 March 2024 at 20:50',
];
const tTags = ['#kcc-glint', '#kcc-bladders', '#kcc-foam', '#flights2006'];
const tCrumbs = ['Kelp Canopy Count Talk', 'Help'];
const tLinks = ['Link', 'Reply', 'Report', 'Like'];
const tPost = (i: number, role: string): string => `<div class="talk-comment" id="comment-${3019 + i}">
<div class="talk-comment-author"><img class="talk-comment-author-avatar" src="/avatar.png" alt=""/>
<p><a href="/users/${tAuthors[i] ?? ''}">${tAuthors[i] ?? ''}</a></p>${role}</div>
<div class="talk-comment-body"><span class="talk-comment-date"><a href="#comment-${3019 + i}">${tDates[i] ?? ''}</a></span>
<div class="markdown">${ps(tPosts[i] ?? [])}</div>
<div class="talk-comment-links">${tLinks.map((l) => `<button type="button" class="link-style">${l}</button>`).join(' ')}</div></div></div>`;
const tHtml = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${tTitle} | Kelp Canopy Count Talk | Zooniverse</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><link rel="stylesheet" href="/main.4f2c.css"></head>
<body><div id="panoptes-main-container"><div class="main-wrapper"><header class="site-header"><nav class="site-nav">
<a class="main-logo" href="/">Zooniverse</a>${zSite.map((s) => `<a class="site-nav__link" href="/${s.toLowerCase()}">${s}</a>`).join('')}
<a class="site-nav__link" href="/notifications">Notifications</a><a class="site-nav__link" href="/inbox">Messages</a></nav></header>
<section class="project-page"><nav class="project-nav"><a href="/projects/farrowlab/kelp-canopy-count/about">About</a>
${zProj.map((s) => `<a href="/${s.toLowerCase()}">${s}</a>`).join('')}<a class="active" href="/talk">Talk</a></nav>
<div class="talk"><div class="talk-breadcrumbs"><a href="/talk">${tCrumbs[0]}</a> <i class="fa fa-angle-right"></i>
<a href="/talk/1821">${tCrumbs[1]}</a></div>
<div class="talk-discussion"><h1 class="talk-page-header">${tTitle}</h1>
<div class="talk-discussion-follow"><button type="button">Follow discussion</button></div>
${tPost(0, '')}${tPost(1, '<p class="talk-comment-author-role">Kelp Canopy Count researcher</p>')}${tPost(2, '')}
${tPost(3, '<p class="talk-comment-author-role">Kelp Canopy Count moderator</p>')}${tPost(4, '')}
<div class="paginator"><button type="button" disabled>Previous</button><span>Page 1 of 1</span><button type="button" disabled>Next</button></div>
<div class="talk-comment-form"><h2>Add your comment</h2><p>Please sign in to add a comment.</p><button type="button">Sign In</button></div></div>
<aside class="talk-sidebar"><section><h3>Help board</h3><p>Ask the team and other volunteers about anything you see in the images.</p></section>
<section><h3>Popular tags</h3><ul>${tTags.map((t) => `<li><a href="/talk/tags/${t.slice(1)}">${t}</a></li>`).join('')}</ul></section>
<section><h3>Participants</h3><p>4 users, 5 comments</p></section></aside></div></section></div>
<footer class="main-footer"><ul>${links(zFoot)}</ul></footer></div>
<script src="/main.4f2c.js"></script></body></html>`;

export const zooTalk: TestPage = {
  name: 'heldout380-zooniverse-talk-forum',
  kind: 'forum',
  html: tHtml,
  title: tTitle,
  headings: [],
  body: texts(tPosts.flat()),
  bylines: [...new Set(tAuthors), ...tDates],
  furniture: [
    ...zSite.filter((s) => s !== 'About'),
    ...zProj,
    ...tCrumbs,
    ...tLinks,
    ...tTags,
    ...zFoot,
    'Notifications',
    'Messages',
    'Follow discussion',
    'Kelp Canopy Count researcher',
    'Kelp Canopy Count moderator',
    'Previous',
    'Page 1 of 1',
    'Add your comment',
    'Please sign in to add a comment.',
    'Help board',
    'Ask the team and other volunteers about anything you see in the images.',
    'Popular tags',
    'Participants',
    '4 users, 5 comments',
  ],
};

export const HELDOUT380_A: readonly TestPage[] = [zooAbout, zooTalk];
