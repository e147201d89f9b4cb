/**
 * Hosts that republish Wikipedia articles (or other pages) as copies: a reader must see the
 * original. Found in this project's data and in the search results it was sourced from; a copy
 * site may be read (the audit field keeps its address) but never shown.
 */
const COPY_SITE_HOSTS = [
  'zxc.wiki',
  'xcv.wiki',
  'wikiup.org',
  'dnhewrhegkli.shop',
  'nearbywiki.org',
  '710302.xyz',
  'wiki.li',
  'jakami.de',
  'dewiki.de',
  'frwiki.wiki',
  'kampuspedia.com',
  'de-academic.com',
  'deacademic.com',
  'bdmobi.com',
  'piglix.com',
  'eudic.net',
  'wikimili.com',
  'paperai.life',
  'cryer.org.uk',
  'nina.az',
  'askwikinow.com',
  'teknokrat.ac.id',
  'profilpelajar.com',
  'qa.edu.vn',
  'gtool.pro',
  'classicistranieri.com',
  'clateway.com',
  'wikiwand.com',
  'wiki2.org',
  'wikizero.com',
  'db0nus869y26v.cloudfront.net',
  'wikibrief.org',
  'second.wiki',
  'de.wikibrief.org',
  'educalingo.com',
  'infogalactic.com',
  'everybodywiki.com',
  'dbpedia.org',
  'wikidata.de-de',
  'zims-de.kiwix',
] as const;

/** Wikis that are themselves the original publication (local history societies, a city wiki). */
const ORIGINAL_WIKIS = ['www.gem.wiki', 'wiki.hv-her-wan.de', 'hammwiki.info', 'www.hammwiki.info', 'www.wikidata.org', 'wikidata.org'];

/** Why a URL must not be shown to a reader, or undefined when it may be. */
export function sourceHostProblem(url: string): string | undefined {
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    return 'keine URL / not a URL';
  }
  if (ORIGINAL_WIKIS.includes(host)) return undefined;
  if (host.endsWith('.')) return 'Host mit Punkt am Ende / host with a trailing dot';
  if (COPY_SITE_HOSTS.some((h) => host === h || host.endsWith(`.${h}`) || host.includes(h))) return 'Kopie / copy site';
  if (host.endsWith('.shop') || host.endsWith('.xyz')) return 'Kopie / copy site';
  if (/(^|\.)m\.wikipedia\.org$/.test(host)) return 'mobile Seite / mobile page';
  if (/wikipedia/.test(host) && !/^(de|en)\.wikipedia\.org$/.test(host)) return 'keine Wikipedia / not Wikipedia itself';
  if (/(^|\.)wiki/.test(host) && !/^(de|en)\.wikipedia\.org$/.test(host) && !/^(www\.)?wikidata\.org$/.test(host))
    return 'Wiki-Kopie / wiki copy';
  return undefined;
}
