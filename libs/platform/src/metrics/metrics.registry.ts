import type {
  Counter,
  CounterConfiguration,
  Gauge,
  GaugeConfiguration,
  Histogram,
  HistogramConfiguration,
} from 'prom-client';

type Registered<C> = Omit<C, 'registers'>;

/**
 * The app's own metrics registry, served at GET /metrics. Libraries inject it to add their
 * metrics; each metric is registered here only, never in prom-client's global registry.
 */
export abstract class MetricsRegistry {
  abstract counter<L extends string>(
    configuration: Registered<CounterConfiguration<L>>,
  ): Counter<L>;
  abstract gauge<L extends string>(configuration: Registered<GaugeConfiguration<L>>): Gauge<L>;
  abstract histogram<L extends string>(
    configuration: Registered<HistogramConfiguration<L>>,
  ): Histogram<L>;
  /** Every metric in the Prometheus text exposition format. */
  abstract render(): Promise<string>;
}
