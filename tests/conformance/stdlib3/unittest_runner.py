# Running a unittest suite programmatically and printing the runner's report
# (timing and file locations normalised).
import io
import os
import re
import unittest

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


class Stack:
    def __init__(self):
        self.items = []

    def push(self, x):
        self.items.append(x)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty stack")
        return self.items.pop()


class StackTests(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.log = []

    def setUp(self):
        self.s = Stack()
        self.log.append("setUp")

    def tearDown(self):
        self.log.append("tearDown")

    def test_push_pop(self):
        self.s.push(1)
        self.s.push(2)
        self.assertEqual(self.s.pop(), 2)
        self.assertEqual(self.s.items, [1])

    def test_empty_pop(self):
        with self.assertRaises(IndexError) as cm:
            self.s.pop()
        self.assertEqual(str(cm.exception), "pop from empty stack")
        self.assertRaisesRegex(IndexError, "empty", self.s.pop)

    def test_wrong_items(self):
        """The stack keeps insertion order."""
        for x in (3, 1, 2):
            self.s.push(x)
        self.assertEqual(self.s.items, [1, 2, 3])

    def test_error(self):
        self.s.pop()

    def test_strings(self):
        self.assertEqual("stack of plates", "stack of plates\nand cups")

    @unittest.skip("not implemented yet")
    def test_peek(self):
        pass

    @unittest.expectedFailure
    def test_known_bug(self):
        self.assertEqual(1, 0)

    def test_values(self):
        for n in range(4):
            with self.subTest(n=n):
                self.assertLess(n, 3)


class MiscTests(unittest.TestCase):
    def test_asserts(self):
        self.assertTrue([1])
        self.assertFalse("")
        self.assertIn("a", "abc")
        self.assertIsNone(None)
        self.assertIsInstance(1.5, float)
        self.assertAlmostEqual(0.1 + 0.2, 0.3)
        self.assertCountEqual("abca", "aabc")
        self.assertDictEqual({"a": 1}, {"a": 1})
        self.assertGreaterEqual(3, 3)
        self.assertRegex("order-123", r"\d{3}")

    def test_dict_diff(self):
        self.assertEqual({"name": "ann", "age": 30}, {"name": "ann", "age": 31})

    def test_custom_msg(self):
        self.assertTrue(0, "zero should be truthy here")

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.001, places=4)


def normalise(text):
    text = text.replace(HERE, "")
    return re.sub(r"Ran (\d+) tests? in \d+\.\d+s", r"Ran \1 tests in T", text)


loader = unittest.TestLoader()
print(loader.getTestCaseNames(StackTests))


def make_suite():
    suite = unittest.TestSuite()
    suite.addTests(loader.loadTestsFromTestCase(StackTests))
    suite.addTest(MiscTests("test_asserts"))
    suite.addTest(MiscTests("test_dict_diff"))
    suite.addTest(MiscTests("test_custom_msg"))
    suite.addTest(MiscTests("test_almost"))
    return suite


print(make_suite().countTestCases())

for verbosity in (1, 2):
    suite = make_suite()
    buf = io.StringIO()
    result = unittest.TextTestRunner(stream=buf, verbosity=verbosity).run(suite)
    print(normalise(buf.getvalue()))
    print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
          len(result.expectedFailures), result.wasSuccessful())

print(StackTests.log[:4])
ok = unittest.TestSuite([MiscTests("test_asserts")])
buf = io.StringIO()
r = unittest.TextTestRunner(stream=buf).run(ok)
print(normalise(buf.getvalue()), r.wasSuccessful())
print(StackTests("test_push_pop"), repr(StackTests("test_push_pop")), StackTests("test_wrong_items").shortDescription())
