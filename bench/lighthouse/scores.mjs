// Reads the Lighthouse JSON reports of a folder and prints bench/lighthouse/results.md (French):
// the four scores per page and device, then the audits that cost points, by id.
// Usage: node scores.mjs REPORTS_DIR COMMIT LIGHTHOUSE_VERSION CHROMIUM_VERSION
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, commit, lighthouseVersion, chromiumVersion] = process.argv.slice(2);
const categories = ['performance', 'accessibility', 'best-practices', 'seo'];
const names = { performance: 'Performance', accessibility: 'Accessibilité', 'best-practices': 'Bonnes pratiques', seo: 'SEO' };
const target = 95;

const reports = readdirSync(dir)
  .filter(f => f.endsWith('.json'))
  .sort()
  .map(f => JSON.parse(readFileSync(join(dir, f), 'utf8')));

const lines = [];
lines.push('# Lighthouse', '');
lines.push(`Mesuré par \`bench/lighthouse/run.sh\` : Lighthouse ${lighthouseVersion}, ${chromiumVersion}, ` +
  `site publié (\`dotnet publish -c Release\`) en Production sur 127.0.0.1, commit ${commit}, ` +
  `${new Date().toISOString().slice(0, 10)}. Objectif : ${target} ou plus partout. « téléphone » est le réglage ` +
  'par défaut de Lighthouse (écran de téléphone émulé, 4G lente et processeur 4× plus lent simulés), ' +
  '« bureau » est `--preset=desktop`.', '');
lines.push(`| page | appareil | ${categories.map(c => names[c]).join(' | ')} |`);
lines.push(`|---|---|${categories.map(() => '---:').join('|')}|`);
const lost = [];
for (const report of reports) {
  const path = decodeURI(new URL(report.finalDisplayedUrl ?? report.finalUrl).pathname);
  const device = report.configSettings.formFactor === 'desktop' ? 'bureau' : 'téléphone';
  const scores = categories.map(c => {
    const score = report.categories[c]?.score;
    return score == null ? '–' : Math.round(score * 100);
  });
  lines.push(`| \`${path}\` | ${device} | ${scores.map(s => (typeof s === 'number' && s < target ? `**${s}**` : s)).join(' | ')} |`);
  for (const c of categories) {
    const category = report.categories[c];
    if (!category || category.score === 1) {
      continue;
    }
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 1) {
        lost.push(`- \`${path}\` (${device}), ${names[c]} : \`${ref.id}\` (score ${audit.score}) — ${audit.title}` +
          (audit.displayValue ? ` (${audit.displayValue})` : ''));
      }
    }
  }
}
lines.push('');
if (lost.length > 0) {
  lines.push('Audits qui font perdre des points (identifiants Lighthouse) :', '', ...lost, '');
} else {
  lines.push('Aucun audit pondéré en échec.', '');
}
lines.push('Pistes de la catégorie Performance, sans poids dans la note :', '');
for (const report of reports) {
  const path = decodeURI(new URL(report.finalDisplayedUrl ?? report.finalUrl).pathname);
  const device = report.configSettings.formFactor === 'desktop' ? 'bureau' : 'téléphone';
  const hints = report.categories.performance.auditRefs
    .filter(ref => ref.weight === 0)
    .map(ref => report.audits[ref.id])
    .filter(a => a.score !== null && a.score < 1 && ['metricSavings', 'binary', 'numeric'].includes(a.scoreDisplayMode))
    .map(a => `\`${a.id}\`` + (a.displayValue ? ` (${a.displayValue})` : ''));
  lines.push(`- \`${path}\` (${device}) : ${hints.length > 0 ? hints.join(', ') : 'aucune'}`);
}
lines.push('');
const metrics = ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'];
lines.push('Mesures de performance :', '');
lines.push(`| page | appareil | ${metrics.map(m => `\`${m}\``).join(' | ')} |`);
lines.push(`|---|---|${metrics.map(() => '---:').join('|')}|`);
for (const report of reports) {
  const path = decodeURI(new URL(report.finalDisplayedUrl ?? report.finalUrl).pathname);
  const device = report.configSettings.formFactor === 'desktop' ? 'bureau' : 'téléphone';
  lines.push(`| \`${path}\` | ${device} | ${metrics.map(m => report.audits[m]?.displayValue ?? '–').join(' | ')} |`);
}
const warnings = [...new Set(reports.flatMap(r => r.runWarnings ?? []))];
if (warnings.length > 0) {
  lines.push('', 'Avertissements de Lighthouse :', '', ...warnings.map(w => `- ${w.replace(/\s+/g, ' ')}`));
}
console.log(lines.join('\n'));
