import { links, ps, type TestPage, texts } from './page-kit.js';
import { drupalAdmissions } from './pages-heldout358-f2.js';
import { j, lis } from './pages-heldout358-kit.js';

/**
 * Held-out batch 358, file f: a ParentSquare-style school message saved from its public post page (the app top bar with the
 * school switcher, the post card with sender, role, recipients line and sent time, the "Translate" and "Appreciate" actions,
 * the attachment row, the "Seen by" count, the sidebar of the school's other posts and the app footer) and, from file f2,
 * an admissions guide on a Drupal site with the Olivero theme.
 */
const qTitle = 'Important: Changes to Dismissal Starting Monday, March 23';
const qBody = [
  j('Dear Rosemont Elementary Families,'),
  j(
    'Beginning Monday, March 23, we are changing our afternoon dismissal procedures while construction crews work on the new',
    'gymnasium. The north parking lot and the Calloway Street entrance will be closed for about eight weeks.',
  ),
  j('Please read the following carefully and share it with anyone who picks up your child:'),
];
const qList = [
  '<strong>Car riders</strong> will be dismissed from the south loop on Pine Avenue at 2:50 p.m. Please stay in your car and display your family number card.',
  '<strong>Walkers</strong> will leave through the front doors at 2:45 p.m. A staff member will be at the crosswalk at Pine and 4th.',
  '<strong>Bus riders</strong> are not affected and will continue to load on the east side of the building.',
  '<strong>After-school program</strong> pickup moves to the cafeteria door by the playground.',
];
const qMore = [
  j(
    'Dismissal will probably take a few minutes longer during the first week while everyone learns the new routine. We appreciate',
    'your patience, and we ask that you do not use the staff lot or the church lot across the street, which we do not have',
    'permission to use.',
  ),
  j(
    'If you have a new family number card request or any question about dismissal, please reply to this post or call the front',
    'office. Thank you for helping us keep every student safe.',
  ),
  j(
    'A map of the new pick-up zones is attached to this post, and printed copies will come home in Friday folders. Teachers will',
    'walk each class through the routine on Monday morning, and our fifth-grade safety patrol will be helping younger students find',
    'the right door during the first week. Once the gym is finished, we expect to return to the usual dismissal plan in late May.',
  ),
  j('Warmly, Dr. Fisk'),
];
const qOthers = ['Spring Picture Day is April 8', 'March Lunch Menu', 'Kindergarten Round-Up Flyer'];
const qHtml = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Important: Changes to Dismissal Starting Monday, March 23 | ParentSquare</title>
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="csrf-param" content="authenticity_token"><meta name="csrf-token" content="hT4q">
<meta property="og:title" content="Important: Changes to Dismissal Starting Monday, March 23"><meta property="og:site_name" content="ParentSquare">
<link rel="stylesheet" href="/assets/application-51e2c9.css"><script>window.PS = {currentUser: null, institutionId: 20117, locale: "en"};</script></head>
<body class="posts show public-post"><div id="app" class="ps-app"><nav class="navbar ps-topbar"><a class="navbar-brand" href="/">ParentSquare</a>
<div class="school-switcher dropdown"><button class="dropdown-toggle">Rosemont Elementary School</button></div>
<ul class="navbar-nav">${links(['Home', 'Posts', 'Directory', 'Calendar'], 'nav-item')}</ul><a class="btn btn-sign-in" href="/signin">Sign In</a></nav>
<div class="container ps-main"><div class="row"><div class="col-md-8"><div class="ps-card post-card" id="post_4418203">
<div class="post-header media"><img class="avatar" src="#" alt=""><div class="media-body"><div class="post-sender"><span class="sender-name">Angela Fisk</span>
<span class="sender-role">Principal</span></div><div class="post-recipients">To: Rosemont Elementary School – All Parents &amp; Staff</div>
<div class="post-time"><time datetime="2026-03-18T15:12:00-07:00">Mar 18, 2026 3:12 PM</time></div></div>
<span class="badge badge-urgent">Urgent</span></div>
<h1 class="post-title">${qTitle}</h1>
<div class="post-body ps-rich-text">${ps(qBody)}<ul>${lis(qList)}</ul>${ps(qMore)}</div>
<div class="post-attachments"><a class="attachment" href="#"><span class="file-name">Dismissal_Map_Spring2026.pdf</span>
<span class="file-size">(340 KB)</span></a></div>
<div class="post-actions"><button class="btn-link btn-appreciate">Appreciate</button><button class="btn-link btn-translate">Translate</button>
<button class="btn-link btn-comment">Comment</button></div><div class="post-stats"><span class="seen-by">Seen by 412</span>
<span class="appreciations">38 appreciations</span></div>
</div></div>
<div class="col-md-4"><aside class="ps-card sidebar-posts"><h3 class="card-title">More from Rosemont Elementary School</h3><ul>${links(qOthers)}</ul>
<a class="see-all" href="#">See all posts</a></aside><aside class="ps-card app-promo">
<p>Get the ParentSquare app to receive school updates on your phone.</p></aside></div></div></div>
<footer class="ps-footer"><ul>${links(['Privacy Policy', 'Terms of Service', 'Help Center'])}</ul><p>© 2026 ParentSquare, Inc. All rights reserved.</p></footer>
</div><script src="/assets/application-8e1a44.js"></script></body></html>`;
const parentSquare: TestPage = {
  name: 'heldout358-parentsquare-message-news',
  kind: 'news',
  html: qHtml,
  title: qTitle,
  headings: [],
  body: texts([...qBody, ...qList, ...qMore]),
  bylines: ['Angela Fisk', 'Mar 18, 2026 3:12 PM'],
  // biome-ignore format: the furniture texts are packed several to a line to keep the file short
  furniture: [
    'ParentSquare', 'Rosemont Elementary School', 'Home', 'Posts', 'Directory', 'Calendar', 'Sign In', 'Principal',
    'To: Rosemont Elementary School – All Parents & Staff', 'Urgent', 'Dismissal_Map_Spring2026.pdf', '(340 KB)', 'Appreciate', 'Translate', 'Comment',
    'Seen by 412', '38 appreciations', 'More from Rosemont Elementary School', ...qOthers, 'See all posts',
    'Get the ParentSquare app to receive school updates on your phone.', 'Privacy Policy', 'Terms of Service', 'Help Center',
    '© 2026 ParentSquare, Inc. All rights reserved.',
  ],
};

export const HELDOUT358_F: readonly TestPage[] = [parentSquare, drupalAdmissions];
