/**
 * Held-out batch 138, file b3: the go.dev header menus, meta labels, footer columns, shortcut dialog rows and cookie notice
 * of the pkg.go.dev page in file b2.
 */
export const goWhy: [string, string][] = [
  ['Case Studies', 'Common problems companies solve with Go'],
  ['Use Cases', 'Stories about how and why companies use Go'],
  ['Security', 'How Go can help keep you secure by default'],
];
export const goDocs = ['Go Spec', 'Go User Manual', 'Standard library', 'Release Notes', 'Effective Go'];
export const goComm = ['Recorded Talks', 'Meetups', 'Conferences', 'Go blog', 'Go project', 'Get connected'];
export const goMeta = ['Valid go.mod file', 'Redistributable license', 'Tagged version', 'Stable version', 'Learn more about best practices'];
export const goFoot = [
  ['Why Go', 'Use Cases', 'Case Studies'],
  ['Get Started', 'Playground', 'Tour', 'Stack Overflow', 'Help'],
  ['Packages', 'Standard Library', 'About Go Packages'],
  ['About', 'Download', 'Blog', 'Issue Tracker', 'Release Notes', 'Brand Guidelines', 'Code of Conduct'],
  ['Connect', 'Twitter', 'GitHub', 'Slack', 'r/golang', 'Meetup', 'Golang Weekly'],
];
export const goBottom = ['Copyright', 'Terms of Service', 'Privacy Policy', 'Report an Issue'];
export const goShortcuts = [': This menu', ': Search site', ': Jump to', ': Canonical URL'];
export const goCookie = 'go.dev uses cookies from Google to deliver and enhance the quality of its services and to analyze traffic.';
