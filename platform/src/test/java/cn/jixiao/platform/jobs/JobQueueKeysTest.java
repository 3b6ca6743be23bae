package cn.jixiao.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lettuce.core.cluster.SlotHash;

/** The queue's keys live in one Redis Cluster slot, so moving a task between them is one command there. */
class JobQueueKeysTest {

    @Test
    void everyKeyOfTheQueueHashesToTheSameClusterSlot() {
        JobQueue queue = new JobQueue(null, new JobProperties(2, 3, Duration.ofSeconds(5), "jixiao:jobs"),
                new cn.jixiao.platform.instance.PlatformInstance("test-instance"));
        List<String> keys = List.of(queue.queueKey(), queue.processingKey(queue.instanceId), queue.processingKey("another"),
                queue.instancesKey(), queue.aliveKey("another"));
        assertThat(keys).allMatch(k -> k.startsWith("{jixiao:jobs}:"));
        assertThat(keys.stream().map(SlotHash::getSlot).distinct()).hasSize(1);
        assertThat(SlotHash.getSlot("jixiao:jobs:queue")).as("without the tag they would scatter")
                .isNotEqualTo(SlotHash.getSlot("jixiao:jobs:processing:another"));
    }
}
