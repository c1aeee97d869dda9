import type { Pipeline } from '../src/core/pipeline.js';
import { processSources, type SourceTask } from '../src/runner/process.js';
import { cpuSeconds, median } from './measure.js';

/**
 * Where the per-article time goes: CPU seconds of each stage of `pipeline` over `batches` (run as a worker runs
 * them, stage by stage across each batch), and of what lies
 * outside the stages (contract validation, the result's shape), alternated with `floor` (bare wink) rep by rep
 * so each stage can be stated as a multiple of wink on the same text in the same minute. Medians of `reps`.
 */
export function stageBreakdown(pipeline: Pipeline, batches: ReadonlyArray<readonly SourceTask[]>, floor: () => void, reps: number) {
  const spent: Record<string, number> = {};
  const timed: Pipeline = {
    ...pipeline,
    stages: pipeline.stages.map((stage) => ({
      ...stage,
      definition: {
        ...stage.definition,
        run(...args: Parameters<typeof stage.definition.run>) {
          const from = cpuSeconds();
          try {
            return stage.definition.run(...args);
          } finally {
            spent[stage.definition.name] = (spent[stage.definition.name] ?? 0) + cpuSeconds() - from;
          }
        },
      },
    })),
  };
  const all = () => {
    for (const batch of batches) processSources(timed, batch, { published: '2025-03-10' });
  };
  floor();
  all();
  const floors: number[] = [];
  const totals: number[] = [];
  const perStage: Array<Record<string, number>> = [];
  for (let r = 0; r < reps; r++) {
    let from = cpuSeconds();
    floor();
    floors.push(cpuSeconds() - from);
    for (const name of Object.keys(spent)) spent[name] = 0;
    from = cpuSeconds();
    all();
    totals.push(cpuSeconds() - from);
    perStage.push({ ...spent });
  }
  const wink = median(floors);
  const total = median(totals);
  const stages = Object.fromEntries(pipeline.stages.map(({ definition: { name } }) => [name, median(perStage.map((s) => s[name] ?? 0))]));
  const inside = Object.values(stages).reduce((a, b) => a + b, 0);
  return { winkCpuSeconds: wink, pipelineCpuSeconds: total, timesWink: total / wink, stages, outsideStages: total - inside };
}
