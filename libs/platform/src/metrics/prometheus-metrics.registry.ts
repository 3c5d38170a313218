import {
  collectDefaultMetrics,
  Counter,
  Gauge,
  Histogram,
  Registry,
  type CounterConfiguration,
  type GaugeConfiguration,
  type HistogramConfiguration,
} from 'prom-client';
import { MetricsRegistry } from './metrics.registry';

// A registry per app instead of prom-client's global one: tests start several apps in one
// process, and a global registry would reject their second registration of each metric.
export class PrometheusMetricsRegistry extends MetricsRegistry {
  private readonly registry = new Registry();

  constructor(serviceName: string) {
    super();
    this.registry.setDefaultLabels({ service: serviceName });
    collectDefaultMetrics({ register: this.registry });
  }

  counter<L extends string>(configuration: CounterConfiguration<L>): Counter<L> {
    return new Counter({ ...configuration, registers: [this.registry] });
  }

  gauge<L extends string>(configuration: GaugeConfiguration<L>): Gauge<L> {
    return new Gauge({ ...configuration, registers: [this.registry] });
  }

  histogram<L extends string>(configuration: HistogramConfiguration<L>): Histogram<L> {
    return new Histogram({ ...configuration, registers: [this.registry] });
  }

  render(): Promise<string> {
    return this.registry.metrics();
  }
}
