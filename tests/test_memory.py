"""The bounded memory advice keeps between cases (netadvisor.memory)."""

from __future__ import annotations

import sys
import threading

from netadvisor.memory import REMEMBERED, Memory


def test_a_memory_keeps_what_it_is_given_and_returns_it() -> None:
    memory: Memory[str, int] = Memory(3)
    assert memory.keep("a", 1) == 1
    assert memory == {"a": 1}
    assert Memory().size == REMEMBERED


def test_a_full_memory_forgets_the_entry_kept_longest_ago_and_no_other() -> None:
    memory: Memory[int, int] = Memory(3)
    for key in range(3):
        memory.keep(key, key * 10)
    memory.keep(3, 30)
    assert memory == {1: 10, 2: 20, 3: 30}  # not emptied: the cases after it keep what they share
    memory.keep(4, 40)
    assert memory == {2: 20, 3: 30, 4: 40}


def test_keeping_a_key_again_replaces_its_value_and_takes_no_room() -> None:
    memory: Memory[str, int] = Memory(2)
    memory.keep("a", 1)
    memory.keep("a", 2)
    memory.keep("b", 3)
    assert memory == {"a": 2, "b": 3}
    memory.keep("c", 4)
    assert memory == {"b": 3, "c": 4}


def test_a_memory_emptied_by_hand_stays_within_its_bound() -> None:
    memory: Memory[int, int] = Memory(2)
    for key in range(2):
        memory.keep(key, key)
    memory.clear()
    for key in range(10, 15):
        memory.keep(key, key)
    assert memory == {13: 13, 14: 14}


def test_threads_keeping_the_same_keys_at_once_leave_the_memory_within_its_bound() -> None:
    """Advisors are shared by threads: two keeping one key at once once let the memory outgrow its bound."""
    memory: Memory[int, int] = Memory(50)

    def keep_many() -> None:
        for key in range(20_000):
            memory.keep(key % 120, key)

    switching = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)  # threads take turns as often as they can: races that are rare become common
    try:
        threads = [threading.Thread(target=keep_many) for _ in range(4)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(switching)
    assert len(memory) <= 50
    memory.keep(-1, -1)  # and it still takes new entries
    assert memory[-1] == -1
