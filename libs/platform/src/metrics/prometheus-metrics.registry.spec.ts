import { register as globalRegistry } from 'prom-client';
import { PrometheusMetricsRegistry } from './prometheus-metrics.registry';

describe('the Prometheus metrics registry', () => {
  describe('given a registry for a service', () => {
    const metrics = new PrometheusMetricsRegistry('org-service');

    it('exposes the default process metrics labelled with the service', async () => {
      const text = await metrics.render();
      expect(text).toMatch(/^process_cpu_user_seconds_total\{service="org-service"\} /m);
    });

    describe('when a library registers and increments a counter', () => {
      it('renders it in the text format', async () => {
        const relayed = metrics.counter({
          name: 'relay_events_published_total',
          help: 'Events the relay published to Kafka',
          labelNames: ['topic'],
        });
        relayed.inc({ topic: 'leadership.org.v1' }, 3);

        expect(await metrics.render()).toContain(
          'relay_events_published_total{topic="leadership.org.v1",service="org-service"} 3',
        );
      });
    });
  });

  describe('given two apps in one process', () => {
    it('lets each register the same metric name without touching the global registry', async () => {
      const first = new PrometheusMetricsRegistry('first');
      const second = new PrometheusMetricsRegistry('second');
      first.gauge({ name: 'projection_lag', help: 'Lag' }).set(1);
      second.gauge({ name: 'projection_lag', help: 'Lag' }).set(2);

      expect(await first.render()).toContain('projection_lag{service="first"} 1');
      expect(await second.render()).toContain('projection_lag{service="second"} 2');
      expect(globalRegistry.getSingleMetric('projection_lag')).toBeUndefined();
    });
  });
});
