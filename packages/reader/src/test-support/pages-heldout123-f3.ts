/**
 * Held-out batch 123, file f3: the texts of the Unix & Linux Stack Exchange page in file f2 (the question, its comments,
 * two answers and their comments, and the page's furniture lists).
 */
export const seTitle = 'Why does find -newer skip files that were copied with cp -p?';
export const seQ = [
  'I have a nightly backup script that copies new files from a staging directory to an archive. It uses a marker file to work ' +
    'out which files arrived since the last run:',
  'The marker is touched at the end of every run. This worked for months, but since a colleague changed the upload step, files ' +
    'that clearly arrived after the marker are never picked up. <code>ls -l</code> shows them with old dates, some from last year.',
  'The upload step now uses <code>cp -p</code> instead of plain <code>cp</code>. Could that be related? How can I find the files ' +
    'that arrived after the marker, whatever their timestamps say?',
];
export const seQComments: [string, string, string, string][] = [
  [
    '2',
    'Did the colleague change anything else, such as mounting the staging directory over NFS? The answer depends a little on the ' + 'filesystem.',
    'Ilse Brandt',
    'Oct 28, 2025 at 14:20',
  ],
  ['', 'No, same local ext4 filesystem. Only the cp flag changed.', 'tovah_k', 'Oct 28, 2025 at 14:31'],
];
export const seA1 = [
  'Yes, that is exactly the cause. <code>-newer</code> compares modification times (mtime), and <code>cp -p</code> preserves the ' +
    "source file's mtime, so a file copied today can carry a modification time from last year. As far as <code>find</code> is " +
    'concerned, it is older than your marker.',
  'What <code>cp -p</code> cannot preserve is the inode change time (ctime): creating the copy sets it to the current time, and ' +
    'nothing short of changing the system clock can set it back. So compare against ctime instead:',
  "<code>-cnewer</code> compares each file's ctime with the marker's mtime, which is what you want, because <code>touch</code> " +
    "sets the marker's mtime. With GNU find you can write the same test as <code>-newercm</code>, which names both timestamps " +
    'explicitly.',
  "One thing to be aware of: ctime also changes when a file's permissions or owner change, or when it is renamed. If anything runs " +
    '<code>chmod</code> or <code>chown</code> over the staging area, older files will be picked up again. For a backup that is ' +
    'usually harmless; they are simply copied a second time.',
];
export const seA1Comments: [string, string, string, string][] = [
  ['5', "Thanks, switching to -cnewer fixed it. Last night's run picked up all 312 files.", 'tovah_k', 'Oct 29, 2025 at 7:48'],
  [
    '1',
    'Worth adding that <code>rsync -t</code> (and so <code>rsync -a</code>) has the same effect as <code>cp -p</code> here.',
    'Ilse Brandt',
    'Oct 29, 2025 at 9:03',
  ],
];
export const seA2 = [
  'An alternative that does not depend on timestamps at all: have the upload step move files into an <code>incoming</code> ' +
    'subdirectory, and have the nightly job process and then remove whatever is there. Then nothing can be missed or copied twice, ' +
    'whatever timestamps the files carry.',
  'If you cannot change the upload step, running <code>inotifywait -m -e close_write,moved_to</code> on the staging directory ' +
    'gives you a log of arrivals that the nightly run can work through.',
];
export const seTopNav = ['About', 'Products', 'For Teams'];
export const seLeftNav = ['Home', 'Questions', 'Unanswered', 'Tags', 'Chat', 'Users'];
export const seTeams = ['Ask questions, find answers and collaborate at work with Stack Overflow for Teams.', 'Try Teams for free', 'Explore Teams'];
export const seTags = ['find', 'cp', 'timestamps', 'backup'];
export const sePostMenu = ['Share', 'Improve this question', 'Follow'];
export const seSort = ['Highest score (default)', 'Date modified (newest first)', 'Date created (oldest first)'];
export const seForm = [
  'Your Answer',
  'Sign up or log in',
  'Sign up using Google',
  'Sign up using Email and Password',
  'Post as a guest',
  'Name',
  'Email',
  'Required, but never shown',
  'Post Your Answer',
  'Discard',
  'By clicking \u201cPost Your Answer\u201d, you agree to our terms of service and acknowledge you have read our privacy policy.',
];
export const seAsk = ['Start asking to get answers', 'Find the answer to your question by asking.', 'Ask question'];
export const seExplore = ['Explore related questions', 'See similar questions with these tags.'];
export const seBlog = ['The Overflow Blog', 'How a small team ships a compiler every six weeks', 'What we learned from a year of on-call rotations'];
export const seMeta = ['Featured on Meta', 'Updated guidance on answers written with AI tools', 'Community moderator election results'];
export const seRelated: [string, string][] = [
  ['41', 'How do I find files newer than a given date?'],
  ['12', 'What is the difference between mtime, ctime and atime?'],
  ['7', 'Why does cp -a change the ctime but not the mtime?'],
  ['3', 'rsync picks up files whose timestamps did not change'],
];
export const seHot = [
  'Is it safe to delete files in /var/tmp while the system is running?',
  'What does a trailing slash change in a mv command?',
  'Why would a train timetable list 24:05 instead of 00:05?',
  'Can a spell scroll be copied by someone who cannot cast the spell?',
];
export const seFeed = ['Question feed', 'Subscribe to RSS', 'To subscribe to this RSS feed, copy and paste this URL into your RSS reader.'];
export const seCookie = [
  'Your privacy',
  'By clicking \u201cAccept all cookies\u201d, you agree Stack Exchange can store cookies on your device and disclose information in ' +
    'accordance with our Cookie Policy.',
  'Accept all cookies',
  'Necessary cookies only',
  'Customize settings',
];
export const seFootCols: [string, string[]][] = [
  ['Unix & Linux', ['Tour', 'Help', 'Chat', 'Contact', 'Feedback']],
  [
    'Company',
    ['Stack Overflow', 'Teams', 'Advertising', 'Talent', 'About', 'Press', 'Legal', 'Privacy Policy', 'Terms of Service', 'Cookie Settings', 'Cookie Policy'],
  ],
  ['Stack Exchange Network', ['Technology', 'Culture & recreation', 'Life & arts', 'Science', 'Professional', 'Business', 'API', 'Data']],
];
export const seSocial = ['Blog', 'Facebook', 'Twitter', 'LinkedIn', 'Instagram'];
export const seCopy = 'Site design / logo \u00a9 2025 Stack Exchange Inc; user contributions licensed under CC BY-SA. rev 2025.11.3.37012';
