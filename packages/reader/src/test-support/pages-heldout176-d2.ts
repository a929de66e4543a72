import { ps, type TestPage, texts } from './page-kit.js';
import { discourse } from './pages-heldout176-disc.js';

/**
 * Held-out batch 176, file d2: a Fedora Discussion (Discourse) "Ask Fedora" topic marked solved (the d-header with "Sign
 * Up" and "Log In", the anonymous sidebar with its Fedora sections, the topic title with category and tags, the solved box
 * quoting the answer at the foot of the first post, replies with shell commands in code blocks, the "Solution" mark, the
 * topic map, timeline and related topics).
 */
const fTitle = 'Bluetooth headset only connects in low quality mode after upgrading to F43';
const fP1 = [
  'After upgrading from Fedora 42 to 43 my Bluetooth headset only connects with the headset profile. Music sounds like a ' +
    'phone call and the high quality profile is missing from the Sound settings.',
  'The headset worked fine on 42 and still works fine with my phone. I am on KDE Plasma, fully updated as of this morning.',
  'I tried removing the pairing and pairing it again, restarting the bluetooth service and rebooting, but every time it ' +
    'comes back with only the headset profile. Another headset I borrowed from a colleague shows the same behaviour, so I do ' +
    'not think it is the device itself.',
];
const fR1 = ['Can you post the output of these two commands while the headset is connected?'];
const fCode1 = 'wpctl status\nrpm -qa | grep -E "pipewire|wireplumber"';
const fR2 = [
  'Here it is. The headset shows up under Sinks but only as a headset device, and pipewire and wireplumber are both the versions ' +
    'from the updates repository.',
];
const fR3 = [
  'Looks like the same issue several people had after the upgrade: a leftover WirePlumber config in your home directory from ' +
    'an old workaround forces the headset profile. Check whether this file exists and move it out of the way:',
];
const fCode2 = 'ls ~/.config/wireplumber/wireplumber.conf.d/\nmv ~/.config/wireplumber ~/.config/wireplumber.bak\nsystemctl --user restart wireplumber';
const fR3b = ['Then disconnect and reconnect the headset. The high quality profile should be back in the list.'];
const fR4 = [
  'That was it. There was a file called 51-bluez-force-hsp.conf that I must have added two years ago for a microphone problem ' +
    'and forgotten about. After moving it, the headset connects with the high quality profile straight away. Thanks!',
];
const fR5 = [
  'Glad it worked. For anyone finding this later: the upgrade itself does not add that file, so if you have the same symptom ' +
    'it is worth checking your own config folder first before filing a bug.',
  'If you do file a bug after checking, include the output of wpctl status and the list of files in that folder. It saves a round of questions.',
];
const fSidebar = [
  { title: 'Categories', items: ['Ask Fedora', 'Fedora Project', 'Project Discussion', 'Water Cooler', 'All categories'] },
  { title: 'Tags', items: ['f43', 'kde-plasma', 'bluetooth', 'audio', 'All tags'] },
  { title: 'Resources', items: ['Fedora Docs', 'Fedora Magazine', 'Fedora Project'] },
];
const fedora = discourse({
  host: 'discussion.fedoraproject.org',
  site: 'Fedora Discussion',
  topicId: 172664,
  slug: 'bluetooth-headset-only-connects-in-low-quality-mode-after-upgrading-to-f43',
  title: fTitle,
  desc: fP1[0] ?? '',
  parent: 'Ask Fedora',
  cat: 'Audio & Video',
  tags: ['f43', 'kde-plasma', 'bluetooth', 'audio'],
  buttons: ['Sign Up', 'Log In'],
  sidebar: fSidebar,
  bodyClass: 'fedora-theme',
  solved: { by: 'bitwise_owl', post: 4, excerpt: 'Looks like the same issue several people had after the upgrade: a leftover WirePlumber config…' },
  stats: [
    ['214', 'views'],
    ['9', 'likes'],
    ['3', 'users'],
  ],
  timeline: ['Nov 2025', '1 / 6', 'Nov 10'],
  posts: [
    { user: 'marisol-v', name: 'Marisol Vidal', date: 'Nov 9', full: 'Nov 9, 2025 8:22 am', likes: '1', cooked: ps(fP1) },
    {
      user: 'bitwise_owl',
      name: 'Tomas Berglund',
      date: 'Nov 9',
      full: 'Nov 9, 2025 9:01 am',
      cooked: `${ps(fR1)}\n<pre><code class="lang-plaintext">${fCode1}</code></pre>`,
    },
    { user: 'marisol-v', name: 'Marisol Vidal', date: 'Nov 9', full: 'Nov 9, 2025 9:40 am', replyTo: 'bitwise_owl', cooked: ps(fR2) },
    {
      user: 'bitwise_owl',
      name: 'Tomas Berglund',
      date: 'Nov 9',
      full: 'Nov 9, 2025 10:12 am',
      likes: '5',
      solution: true,
      cooked: `${ps(fR3)}\n<pre><code class="lang-plaintext">${fCode2}</code></pre>\n${ps(fR3b)}`,
    },
    { user: 'marisol-v', name: 'Marisol Vidal', date: 'Nov 9', full: 'Nov 9, 2025 6:55 pm', likes: '2', cooked: ps(fR4) },
    {
      user: 'hollis',
      name: 'Hollis Achterberg',
      title: 'Forum Staff',
      date: 'Nov 10',
      full: 'Nov 10, 2025 7:30 am',
      likes: '1',
      cooked: ps(fR5),
    },
  ],
  related: [
    { title: 'No sound after upgrade to Fedora 43 on Intel laptops', cat: 'Audio & Video', tags: ['f43', 'audio'], replies: '18', views: '1.9k', act: 'Nov 6' },
    { title: 'Bluetooth mouse lag on KDE Plasma 6.5', cat: 'Ask Fedora', tags: ['bluetooth'], replies: '4', views: '310', act: 'Oct 30' },
    { title: 'WirePlumber configuration changes in F43', cat: 'Project Discussion', replies: '11', views: '842', act: 'Oct 22' },
  ],
});
export const fedoraPage: TestPage = {
  name: 'heldout176-fedora-discourse-forum',
  kind: 'forum',
  html: fedora.html,
  // the solved box's quoted excerpt is in neither list (a quote); code blocks are in neither list
  title: fTitle,
  headings: [],
  body: texts([...fP1, ...fR1, ...fR2, ...fR3, ...fR3b, ...fR4, ...fR5]),
  bylines: fedora.bylines,
  furniture: fedora.furniture,
};
